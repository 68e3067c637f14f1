// New-tab speed, measured the way ../shared/bench/newtab-bench.mjs does it: every page against an
// empty extension new-tab page in the same run, cold process (service worker stopped, no page of
// the extension open) and warm (one page of the extension kept open), loads interleaved.
// Waymark runs twice: on first run (no data) and with 1,000 projects, 10,000 resources and
// 50,000 reviews stored. Prints one JSON line per state with medians and ratios.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromiumWith } from '../launch-extension';
import { makeBenchmarkData } from './benchmark-data';
import { seedProfile } from './seed-profile';

const RUNS = Number(process.env.BENCH_RUNS ?? 12);
const MARK = 'waymark:plan-rendered';

// Run in the page as a string: tsx would wrap named functions in a helper the page lacks.
const READ_TIMINGS = `(async () => {
  const fcp = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  for (let i = 0; i < 100 && fcp() === undefined; i++) await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 100 && !performance.getEntriesByName('${MARK}').length && document.querySelector('#app'); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const nav = performance.getEntriesByType('navigation')[0];
  return { fcp: fcp() ?? NaN, dcl: nav.domContentLoadedEventEnd, mark: performance.getEntriesByName('${MARK}')[0]?.startTime ?? null };
})()`;

interface Subject {
  name: string;
  dir: string;
  context: BrowserContext;
  id: string;
  keeper: Page | null;
  samples: { mode: string; fcp: number; dcl: number; mark: number | null }[];
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

function stat(subject: Subject, mode: string, key: 'fcp' | 'dcl' | 'mark') {
  return median(
    subject.samples
      .filter((s) => s.mode === mode)
      .map((s) => s[key] ?? NaN)
      .filter(Number.isFinite),
  );
}

const built = resolve('.output/chrome-mv3');
const subjects = [
  await launch('empty page', emptyExtension()),
  await launch('Waymark, first run', built),
  await launch('Waymark, 1,000 projects', built),
];
await seedProfile(subjects[2]!.context, subjects[2]!.id, makeBenchmarkData(Date.now()));
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
for (const subject of subjects.slice(1)) {
  console.log(
    JSON.stringify({
      case: `new-tab page: ${subject.name}`,
      runs: RUNS,
      fcpColdRatio: ratio(stat(subject, 'cold', 'fcp'), stat(base!, 'cold', 'fcp')),
      fcpWarmRatio: ratio(stat(subject, 'warm', 'fcp'), stat(base!, 'warm', 'fcp')),
      dclColdRatio: ratio(stat(subject, 'cold', 'dcl'), stat(base!, 'cold', 'dcl')),
      planOnScreenColdRatio: ratio(stat(subject, 'cold', 'mark'), stat(base!, 'cold', 'fcp')),
      targets: {
        fcpColdRatio: 1.2,
        fcpWarmRatio: 1.5,
        dclColdRatio: 1.5,
        planOnScreenColdRatio: 1.5,
      },
    }),
  );
}
