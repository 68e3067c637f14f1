// New-tab speed, measured the way ../shared/bench/newtab-bench.mjs does it: every page against an
// empty extension new-tab page in the same run, cold process (service worker stopped, no page of
// the extension open) and warm (one page of the extension kept open), loads interleaved.
// Waymark runs twice: on first run (no data) and with 1,000 projects, 10,000 resources and
// 50,000 reviews stored. Prints one JSON line per state with medians and ratios. The largest
// contentful paint is read once the page has settled (no new candidate for SETTLE_MS), so a live
// part that repaints what the first paint showed counts against it. BENCH_EXTENSION names a copy
// of the build to measure, so a build made meanwhile cannot change it mid-run.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWith } from '../launch-extension';
import { makeBenchmarkData } from './benchmark-data';
import { oneScriptPage, staticScreenPage } from './reference-pages';
import { seedProfile } from './seed-profile';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);
const MARK = 'waymark:plan-rendered';
const SETTLE_MS = 1000;

// Changes inside #app after it was first filled: the live part adopting the first paint writes
// text in place (cheap, no new paint candidate); a replaced element would show as removed nodes.
const WATCH_CHANGES = `new MutationObserver((records) => {
  const changes = (window.waymarkChanges ??= { removed: 0, text: 0, last: null });
  for (const record of records) {
    const app = document.getElementById('app');
    if (!app || !app.contains(record.target)) continue;
    // The first-paint script removes itself from #app: not a painted node.
    for (const node of record.removedNodes) if (node.nodeName !== 'SCRIPT') changes.removed += 1;
    if (record.type === 'characterData') changes.text += 1;
    changes.last = performance.now();
  }
}).observe(document, { childList: true, subtree: true, characterData: true });`;

// Run in the page as a string: tsx would wrap named functions in a helper the page lacks.
const READ_TIMINGS = `(async () => {
  const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  for (let i = 0; i < 100 && fcp() === undefined; i++) await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 100 && !performance.getEntriesByName('${MARK}').length && document.querySelector('#app'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const nav = performance.getEntriesByType('navigation')[0];
  let lcp = null;
  let lastAt = performance.now();
  const observer = new PerformanceObserver((list) => {
    const entry = list.getEntries().at(-1);
    if (!entry) return;
    lcp = { at: entry.startTime, element: entry.element ? entry.element.tagName.toLowerCase() + (entry.element.className ? '.' + entry.element.className : '') : entry.id };
    lastAt = performance.now();
  });
  observer.observe({ type: 'largest-contentful-paint', buffered: true });
  while (performance.now() - lastAt < ${SETTLE_MS} && performance.now() < 10000) await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return { fcp: fcp() ?? NaN, dcl: nav.domContentLoadedEventEnd, mark: performance.getEntriesByName('${MARK}')[0]?.startTime ?? null, lcp: lcp?.at ?? NaN, lcpElement: lcp?.element ?? null, changes: window.waymarkChanges ?? null };
})()`;

interface Subject {
  name: string;
  dir: string;
  context: BrowserContext;
  id: string;
  keeper: Page | null;
  samples: {
    mode: string;
    fcp: number;
    dcl: number;
    mark: number | null;
    lcp: number;
    lcpElement: string | null;
    /** Inside #app: nodes removed, texts rewritten, the time of the last change. */
    changes: { removed: number; text: number; last: number | null } | null;
  }[];
}

function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-baseline-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Baseline empty new tab',
      version: '1.0.0',
      chrome_url_overrides: { newtab: 'newtab.html' },
    }),
  );
  writeFileSync(
    join(dir, 'newtab.html'),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>New Tab</title></head>\n<body><p>New tab</p></body></html>\n',
  );
  return dir;
}

async function launch(name: string, dir: string): Promise<Subject> {
  const context = await launchChromiumWith(dir, {
    extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND'],
  });
  // Waymark has a service worker to name it; the empty page does not, so ask the page it opens.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 3000 }).catch(() => null));
  const found = worker ? new URL(worker.url()).host : await extensionIdFromPage(context);
  return { name, dir, context, id: found, keeper: null, samples: [] };
}

/** An extension without a service worker: its id from the page chrome://newtab lands on. */
async function extensionIdFromPage(context: BrowserContext): Promise<string> {
  const page = await context.newPage();
  await page.goto('chrome://newtab');
  const host = new URL(page.url()).host;
  await page.close();
  return host;
}

async function stopWorkers(subject: Subject) {
  const page = subject.keeper ?? (await subject.context.newPage());
  const cdp = await subject.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  if (page !== subject.keeper) await page.close();
}

async function setMode(subject: Subject, mode: 'cold' | 'warm') {
  if (mode === 'warm' && !subject.keeper) {
    subject.keeper = await subject.context.newPage();
    await subject.keeper.goto(`chrome-extension://${subject.id}/manifest.json`);
  }
  if (mode === 'cold') {
    await subject.keeper?.close();
    subject.keeper = null;
    for (const page of subject.context.pages()) await page.close();
    await stopWorkers(subject);
  }
  await new Promise((r) => setTimeout(r, 250));
}

async function measure(subject: Subject, mode: 'cold' | 'warm', record: boolean) {
  await setMode(subject, mode);
  const page = await subject.context.newPage();
  await page.addInitScript(WATCH_CHANGES);
  await page.goto(`chrome-extension://${subject.id}/newtab.html`, { waitUntil: 'load' });
  const sample = (await page.evaluate(READ_TIMINGS)) as Omit<Subject['samples'][number], 'mode'>;
  await page.close();
  if (record) subject.samples.push({ mode, ...sample });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function stat(subject: Subject, mode: string, key: 'fcp' | 'dcl' | 'mark' | 'lcp') {
  return median(
    subject.samples
      .filter((s) => s.mode === mode)
      .map((s) => s[key] ?? NaN)
      .filter(Number.isFinite),
  );
}

/** Which element was the largest contentful paint, and how often: what a regression repaints. */
function countElements(subject: Subject) {
  const counts: Record<string, number> = {};
  for (const { lcpElement } of subject.samples) {
    const key = lcpElement ?? 'none';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** What `#app` holds once the page painted today's plan from the screen the last page stored. */
async function storedScreen(subject: Subject): Promise<string> {
  const page = await subject.context.newPage();
  try {
    for (let load = 0; load < 3; load++) {
      await page.goto(`chrome-extension://${subject.id}/newtab.html`);
      await page.waitForSelector('#app .session');
      if ((await page.locator('#app').getAttribute('data-painted')) === 'stored') {
        return await page.locator('#app').innerHTML();
      }
    }
    throw new Error('the new tab never painted a stored screen');
  } finally {
    await page.close();
  }
}

const built = resolve(process.env.BENCH_EXTENSION ?? '.output/chrome-mv3');
const subjects = [
  await launch('empty page', emptyExtension()),
  await launch('Waymark, first run', built),
  await launch('Waymark, 1,000 projects', built),
];
await seedProfile(subjects[2]!.context, subjects[2]!.id, makeBenchmarkData(Date.now()));
// Measured in the same interleaving as the pages above; reported apart (ratios only).
const references = [
  await launch(
    'reference: the same screen as static HTML',
    staticScreenPage(built, await storedScreen(subjects[2]!)),
  ),
  await launch('reference: one script, one line', oneScriptPage(built)),
];
const waymark = subjects.slice(1);
subjects.push(...references);
for (const subject of subjects)
  for (let i = 0; i < 3; i++)
    for (const mode of ['cold', 'warm'] as const) await measure(subject, mode, false);
for (let run = 0; run < RUNS; run++) {
  const order = subjects
    .slice(run % subjects.length)
    .concat(subjects.slice(0, run % subjects.length));
  for (const subject of order)
    for (const mode of run % 2 ? (['warm', 'cold'] as const) : (['cold', 'warm'] as const))
      await measure(subject, mode, true);
}
for (const subject of subjects) await subject.context.close();

const [base] = subjects;
const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/newtab-bench.json',
  JSON.stringify(
    subjects.map(({ name, samples }) => ({ name, samples })),
    null,
    1,
  ),
);
for (const subject of waymark) {
  console.log(
    JSON.stringify({
      case: `new-tab page: ${subject.name}`,
      runs: RUNS,
      fcpColdRatio: ratio(stat(subject, 'cold', 'fcp'), stat(base!, 'cold', 'fcp')),
      fcpWarmRatio: ratio(stat(subject, 'warm', 'fcp'), stat(base!, 'warm', 'fcp')),
      lcpColdRatio: ratio(stat(subject, 'cold', 'lcp'), stat(base!, 'cold', 'lcp')),
      lcpWarmRatio: ratio(stat(subject, 'warm', 'lcp'), stat(base!, 'warm', 'lcp')),
      dclColdRatio: ratio(stat(subject, 'cold', 'dcl'), stat(base!, 'cold', 'dcl')),
      planOnScreenColdRatio: ratio(stat(subject, 'cold', 'mark'), stat(base!, 'cold', 'fcp')),
      lcpElements: countElements(subject),
      samplesReplacingElements: subject.samples.filter((s) => (s.changes?.removed ?? 0) > 0).length,
      targets: {
        fcpColdRatio: 1.2,
        fcpWarmRatio: 1.5,
        lcpColdRatio: 1.2,
        lcpWarmRatio: 1.2,
        dclColdRatio: 1.5,
        planOnScreenColdRatio: 1.5,
      },
    }),
  );
}
for (const subject of references) {
  console.log(
    JSON.stringify({
      case: `new-tab page, ${subject.name}`,
      runs: RUNS,
      lcpColdRatio: ratio(stat(subject, 'cold', 'lcp'), stat(base!, 'cold', 'lcp')),
      lcpWarmRatio: ratio(stat(subject, 'warm', 'lcp'), stat(base!, 'warm', 'lcp')),
    }),
  );
}
