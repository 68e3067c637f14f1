import { writeFileSync } from 'node:fs';
import { EXTENSION_DIR, launchChromiumWith } from '../launch-extension';
import { makeBenchmarkData } from './benchmark-data';
import { seedProfile } from './seed-profile';

const context = await launchChromiumWith(EXTENSION_DIR, {});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;
await seedProfile(context, id, makeBenchmarkData(Date.now()));
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await page.goto(`chrome-extension://${id}/newtab.html#roadmap`);
await page.locator('section.objective .project').first().waitFor({ timeout: 60000 });
await page.waitForTimeout(1500);
const which = process.argv[2] ?? 'details';
await page.evaluate(`window.__loaf = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__loaf.push({ start: Math.round(e.startTime), duration: Math.round(e.duration), blocking: Math.round(e.blockingDuration), render: Math.round(e.renderStart ? e.startTime + e.duration - e.renderStart : 0), styleLayout: Math.round(e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0), scripts: e.scripts.map((s) => s.invoker + ' ' + Math.round(s.duration) + ' ' + s.sourceFunctionName) }); }).observe({ type: 'long-animation-frame' });`);
await cdp.send('Profiler.start');
const t0 = Date.now();
if (which === 'details') {
  await page.locator('li.project').last().locator('button[aria-expanded]').click();
  await page.locator('.project-details').waitFor();
} else if (which === 'done') {
  const was = await page.locator('li.project').last().getAttribute('class');
  await page.locator('li.project').last().locator('input[type=checkbox]').click();
  await page.waitForFunction((c) => [...document.querySelectorAll('li.project')].at(-1)!.getAttribute('class') !== c, was);
  await page.waitForTimeout(300);
} else if (which === 'stats') {
  await page.goto(`chrome-extension://${id}/newtab.html#stats`);
  await page.locator('.heatmap').waitFor({ timeout: 60000 });
}
console.log('elapsed', Date.now() - t0);
console.log(JSON.stringify(await page.evaluate('window.__loaf'), null, 1));
const { profile } = await cdp.send('Profiler.stop');
writeFileSync(`/tmp/prof/${which}.cpuprofile`, JSON.stringify(profile));
// Self time by function
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
profile.samples?.forEach((s, i) => {
  const n = byId.get(s)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(1)}ms ${k}`).join('\n'));
await context.close();
