// How the planner's views hold up with a large roadmap: each view is opened, and the Roadmap
// view's actions used, with the example roadmap (16 projects) and with 1,000 projects, 10,000
// resources and 50,000 reviews, in the same run. Prints one JSON line per measurement with the
// medians for both and their ratio. Times are ms from navigation (open) or from the click
// (actions): "click to updated" waits for the change to go through IndexedDB and back, and
// "event" is the browser's own Event Timing duration of the click (input to next paint).
import { writeFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Server } from 'node:http';
import { EXTENSION_DIR, launchChromiumWith, serveTestPages } from '../launch-extension';
import { makeBenchmarkData } from './benchmark-data';
import { seedProfile } from './seed-profile';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
// Another build (a copy made before a change) to measure instead of .output, and `popup` to time
// only the popup: a before/after pair in one run each.
const EXTENSION = process.env.BENCH_EXTENSION
  ? resolve(process.env.BENCH_EXTENSION)
  : EXTENSION_DIR;
const POPUP_ONLY = process.env.BENCH_ONLY === 'popup';

interface Subject {
  name: string;
  context: BrowserContext;
  id: string;
  samples: Map<string, number[]>;
}

const TABS = 20;

const VIEWS: [view: string, ready: string][] = [
  ['today', '.today'],
  ['upcoming', '.agenda-day'],
  ['roadmap', 'section.objective .project'],
  ['stats', '.heatmap'],
];
// Stats paints today's last report first; the live one replaces it.
const STATS_LIVE = '.stats:not(:has(.updating)) .heatmap';

async function launch(name: string, big: boolean): Promise<Subject> {
  const context = await launchChromiumWith(EXTENSION, {
    extraArgs: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  if (big) await seedProfile(context, id, makeBenchmarkData(Date.now()));
  else {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/newtab.html`);
    await page.getByRole('button', { name: 'Try the example roadmap', disabled: false }).click();
    await page.locator('article.session').first().waitFor();
    await page.close();
  }
  // A window of open pages for the popup's "Tag open tabs", like a research session.
  const opened = Array.from({ length: TABS }, (_, i) =>
    context
      .newPage()
      .then((page) => page.goto(`${site.origin}/Resource ${i + 1} about topic ${i}`)),
  );
  await Promise.all(opened);
  return { name, context, id, samples: new Map() };
}

/** The popup in a window of its own, as the tests open it; times "Tag open tabs" to its rows. */
async function tagOpenTabs(subject: Subject) {
  const worker = subject.context.serviceWorkers()[0]!;
  const url = `chrome-extension://${subject.id}/popup.html`;
  const opened = subject.context.waitForEvent('page', (p) => p.url() === url);
  await worker.evaluate(async (popupUrl) => {
    await chrome.windows.create({
      url: popupUrl,
      type: 'popup',
      focused: false,
      width: 400,
      height: 600,
    });
  }, url);
  const popup = await opened;
  // Open: the current tab's project list is on screen.
  await popup.locator('#project option').first().waitFor({ timeout: 60_000 });
  record(subject, 'open popup', (await popup.evaluate('performance.now()')) as number);
  await act(
    subject,
    popup,
    'popup tag open tabs',
    'nav.views button:nth-of-type(2)',
    `document.querySelectorAll('.tag-row').length >= ${TABS}`,
  );
  await popup.close();
}

function record(subject: Subject, key: string, value: number) {
  subject.samples.set(key, [...(subject.samples.get(key) ?? []), value]);
}

// Strings, not functions: tsx would wrap named functions in a helper the page lacks.
const OBSERVE_EVENTS = `window.__events = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__events.push(e.duration); })
  .observe({ type: 'event', durationThreshold: 16, buffered: true });`;
const LONGEST_EVENT = `Math.max(0, ...window.__events.splice(0))`;

async function openView(
  subject: Subject,
  view: string,
  ready: string,
  key = `open ${view}`,
): Promise<Page> {
  const page = await subject.context.newPage();
  await page.goto(`chrome-extension://${subject.id}/newtab.html#${view}`);
  await page.locator(ready).first().waitFor({ timeout: 60_000 });
  record(subject, key, await page.evaluate('performance.now()'));
  return page;
}

/**
 * Clicks `target` as a user would (a trusted click through the browser's input), then waits in
 * the page until `updated` (a script) is true and one more frame is painted.
 */
async function act(subject: Subject, page: Page, key: string, target: string, updated: string) {
  await page.locator(target).scrollIntoViewIfNeeded();
  await page.evaluate(`${OBSERVE_EVENTS}
    window.__clickAt = null;
    document.addEventListener('click', (e) => { window.__clickAt = e.timeStamp; }, { capture: true, once: true });`);
  await page.locator(target).click();
  const elapsed = await page.evaluate(`(async () => {
    while (!(${updated})) await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - window.__clickAt;
  })()`);
  // Let the background's own work on the change settle, as it would between a person's clicks.
  await page.waitForTimeout(1000);
  record(subject, `${key}: click to updated`, elapsed as number);
  record(subject, `${key}: event`, (await page.evaluate(LONGEST_EVENT)) as number);
}

async function roadmapActions(subject: Subject) {
  const page = await openView(subject, 'roadmap', 'section.objective .project');
  // In the first objective: a big roadmap opens with only that one showing its projects.
  const last = `section.objective:first-of-type li.project:last-of-type`;
  await act(
    subject,
    page,
    'mark done',
    `${last} input[type=checkbox]`,
    `document.querySelector('${last}').classList.contains('done') !== ${await page.evaluate(`document.querySelector('${last}').classList.contains('done')`)}`,
  );
  await act(
    subject,
    page,
    'open details',
    `${last} button[aria-expanded]`,
    `document.querySelector('${last} .project-details')`,
  );
  const secondTitle = `document.querySelectorAll('section.objective')[1].getAttribute('aria-label')`;
  const before = await page.evaluate(secondTitle);
  await act(
    subject,
    page,
    'move objective',
    `section.objective:nth-of-type(2) .objective-head button[aria-label$=" up"]`,
    `document.querySelector('section.objective').getAttribute('aria-label') === ${JSON.stringify(before)}`,
  );
  // Leave the profile as it was for the next run.
  await page
    .locator('section.objective')
    .nth(1)
    .locator('.objective-head button[aria-label$=" up"]')
    .click();
  await page.waitForTimeout(300);
  await page.close();
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const site: { origin: string; server: Server } = await serveTestPages();
const small = await launch('example roadmap', false);
const big = await launch('1,000 projects', true);
for (let run = 0; run < RUNS + 1; run++) {
  for (const subject of run % 2 ? [big, small] : [small, big]) {
    if (!POPUP_ONLY) {
      for (const [view, ready] of VIEWS) await (await openView(subject, view, ready)).close();
      await (await openView(subject, 'stats', STATS_LIVE, 'stats live')).close();
      await roadmapActions(subject);
    }
    await tagOpenTabs(subject);
  }
  // The first round warms the profile up and is not counted.
  if (run === 0) for (const subject of [small, big]) subject.samples.clear();
}
await small.context.close();
await big.context.close();
site.server.close();

mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/views-bench.json',
  JSON.stringify({ small: [...small.samples], big: [...big.samples] }, null, 1),
);
const round = (n: number) => Math.round(n * 10) / 10;
for (const [key, values] of big.samples) {
  const atScale = median(values);
  const example = median(small.samples.get(key) ?? []);
  console.log(
    JSON.stringify({
      case: `view ${key}`,
      runs: RUNS,
      exampleMs: round(example),
      thousandProjectsMs: round(atScale),
      ratio: round(atScale / example),
    }),
  );
}
