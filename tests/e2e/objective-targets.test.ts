import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import type { Objective, Settings } from '../../lib/domain/types';
import { screenshotPath, type LoadedExtension } from '../../scripts/launch-extension';
import {
  closeSession,
  importExample,
  openSession,
  type ExtensionSession,
} from './support/extension-session';
import { readStore } from './support/read-store';

let extension: LoadedExtension;
let site: ExtensionSession['site'];
let newtab: Page;

const OBJECTIVE = 'To get into a distributed systems role';
/**
 * Five projects of 10 h left to build: at the default 60 min a day they take about two months,
 * at 30 min a day more than four. A hundred days sits well between the two.
 */
const TARGET = format(addDays(new Date(), 100), 'yyyy-MM-dd');
const LOWERED = 30;

const objectiveSection = () => newtab.getByRole('region', { name: OBJECTIVE, exact: true });
// Each part of the outlook is a sentence of its own, with or without its full stop.
const ON_TRACK = /^On track\.?$/;
const LATE = /^Late by (\d+) days?\.?$/;
const NEEDED = /^(.+) a day would make it\.?$/;

/** The minutes a day the Roadmap says would reach the objective by its target. */
async function neededMinutes(): Promise<number> {
  const needed = objectiveSection().getByText(NEEDED);
  await needed.waitFor();
  return minutesOf(NEEDED.exec((await needed.textContent()) ?? '')?.[1] ?? '');
}

/** Every day of the week in Settings set to `minutes`, and saved. */
async function studyEveryDay(minutes: number) {
  await newtab.goto(extension.url('newtab.html#settings'));
  const days = newtab.getByRole('group', { name: 'Study time per day' }).getByRole('spinbutton');
  await days.first().waitFor();
  assert.equal(await days.count(), 7);
  for (const day of await days.all()) await day.fill(String(minutes));
  await newtab.getByRole('button', { name: 'Save settings' }).click();
  await newtab.getByText(/^Settings saved/).waitFor();
  const [settings] = await readStore<Settings>(newtab, 'settings');
  assert.deepEqual(settings?.minutesPerWeekday, Array(7).fill(minutes));
}

/** "45 min", "1 h", "1 h 5 min" back to minutes. */
function minutesOf(text: string): number {
  const match = /^(?:(\d+) h)?\s*(?:(\d+) min)?$/.exec(text.trim());
  assert.ok(match && (match[1] || match[2]), `a duration: ${text}`);
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

describe('objective target dates in Chromium', { timeout: 180_000 }, () => {
  before(async () => {
    ({ extension, site, newtab } = await openSession());
    await importExample(newtab);
  });

  after(() => closeSession({ extension, site }));

  it('Settings plans with projects in progress, a default effort and a review length', async () => {
    await newtab.goto(extension.url('newtab.html#settings'));
    await newtab.getByRole('button', { name: 'Save settings' }).waitFor();
    assert.equal(await newtab.getByLabel(/^Projects in progress/).inputValue(), '2');
    assert.equal(await newtab.getByLabel(/^Default effort/).inputValue(), '10');
    assert.equal(await newtab.getByLabel(/^Review length/).inputValue(), '20');
    assert.equal(await newtab.getByText(/New projects per week/).count(), 0);
  });

  it('a target date after the forecast is on track', async () => {
    await newtab.goto(extension.url('newtab.html#roadmap'));
    const section = objectiveSection();
    await section.getByText(/^Reached by /).waitFor();
    await section.getByLabel(/Target date/).fill(TARGET);
    await section.getByText(ON_TRACK).waitFor();
    assert.equal(await section.getByText(LATE).count(), 0);
    const stored = (await readStore<Objective>(newtab, 'objectives')).find(
      (o) => o.title === OBJECTIVE,
    );
    assert.equal(stored?.targetDate, TARGET);

    await newtab.goto(extension.url('newtab.html#today'));
    const next = newtab.locator('.next-objective');
    await next.getByText('on track', { exact: true }).waitFor();
    assert.match((await next.textContent()) ?? '', new RegExp(`^Next: ${OBJECTIVE} reached by `));
  });

  it('fewer minutes a day make it late, and the Roadmap says how many minutes would make it', async () => {
    await studyEveryDay(LOWERED);

    await newtab.goto(extension.url('newtab.html#roadmap'));
    const section = objectiveSection();
    const late = section.getByText(LATE);
    await late.waitFor();
    const lateDays = Number(LATE.exec((await late.textContent()) ?? '')?.[1]);
    assert.ok(lateDays >= 1, `late by ${lateDays} days`);
    assert.equal(await section.getByText(ON_TRACK).count(), 0);

    const minutes = await neededMinutes();
    // More than now, and no more than the 60 minutes with which it was on track.
    assert.ok(minutes > LOWERED && minutes <= 60, `${minutes} min a day would make it`);
    await newtab.screenshot({ path: screenshotPath('newtab-roadmap-late'), fullPage: true });

    await newtab.goto(extension.url('newtab.html#today'));
    await newtab
      .locator('.next-objective')
      .getByText(/^late for /)
      .waitFor();
  });

  it('raising the minutes to what the Roadmap suggested puts it back on track', async () => {
    await newtab.goto(extension.url('newtab.html#roadmap'));
    const suggested = await neededMinutes();
    await studyEveryDay(suggested);

    await newtab.goto(extension.url('newtab.html#roadmap'));
    await objectiveSection().getByText(ON_TRACK).waitFor();
  });
});
