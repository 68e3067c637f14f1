import { largestDayBudget } from '../schedule/day-budget';
import { DEFAULT_SETTINGS, type Break, type Settings } from '../types';
import { upgradeSettingsRow } from './upgrade-settings-row';
import { validateSettings } from './validate-settings';

/** Projects allowed to build at once when an older row's "new projects per week" is carried over. */
const CARRIED_IN_PROGRESS_MAX = 10;

/**
 * Each pass puts back the default of every field the validation names; a field can only fail
 * once its neighbours are sound (a session longer than the week's longest day), so a few passes
 * settle any row. The bound guards against a rule no default satisfies.
 */
const REPAIR_PASSES = 5;

type StoredRow = Record<string, unknown>;

const isRecord = (value: unknown): value is StoredRow =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The settings a stored row means, sound whatever the row holds: a row written by an older
 * version, by a bug or restored from a crafted file, read as Waymark keeps it now
 * (`upgradeSettingsRow`). Known fields only; each field that fails
 * `validateSettings` (the rule the settings form saves by) falls back to its default on its own,
 * and a break without valid dates is dropped. Rows written before objectives could be reordered
 * name one objective to plan first; that becomes the head of the order. Rows written before
 * projects had phases set how many projects start each week; that becomes how many build at once
 * (a week's starts were about as many as were under way).
 */
export function settingsFromRow(row: unknown): Settings {
  const stored: StoredRow = isRecord(row) ? upgradeSettingsRow(row) : {};
  const own = (key: string): unknown => (Object.hasOwn(stored, key) ? stored[key] : undefined);
  const storedOr = <K extends keyof Settings>(key: K): Settings[K] =>
    (own(key) ?? DEFAULT_SETTINGS[key]) as Settings[K];

  const week = own('minutesPerWeekday');
  const restDays = own('restDays');
  let settings: Settings = {
    id: 'settings',
    minutesPerWeekday:
      Array.isArray(week) && week.length === 7
        ? ([...week] as Settings['minutesPerWeekday'])
        : [...DEFAULT_SETTINGS.minutesPerWeekday],
    restDays: Array.isArray(restDays) ? [...(restDays as number[])] : [],
    desiredRetention: storedOr('desiredRetention'),
    maximumIntervalDays: storedOr('maximumIntervalDays'),
    inProgress: storedOr('inProgress'),
    defaultEffortHours: storedOr('defaultEffortHours'),
    defaultSessionMinutes: storedOr('defaultSessionMinutes'),
    reviewMinutes: storedOr('reviewMinutes'),
    objectiveOrder: objectiveOrderOf(own('objectiveOrder'), own('firstObjectiveId')),
    breaks: breaksOf(own('breaks')),
    leftOutObjectives: textsOf(own('leftOutObjectives')),
    obsidianVault: storedOr('obsidianVault'),
    obsidianFile: storedOr('obsidianFile'),
  };
  const newPerWeek = own('newPerWeek');
  if (
    own('inProgress') === undefined &&
    typeof newPerWeek === 'number' &&
    Number.isFinite(newPerWeek)
  )
    settings.inProgress = Math.min(CARRIED_IN_PROGRESS_MAX, Math.max(1, Math.round(newPerWeek)));

  for (let pass = 0; pass < REPAIR_PASSES; pass++) {
    const failed = Object.keys(validateSettings(settings));
    if (failed.length === 0) return settings;
    settings = withDefaults(settings, failed);
  }
  return {
    ...DEFAULT_SETTINGS,
    minutesPerWeekday: [...DEFAULT_SETTINGS.minutesPerWeekday],
    restDays: [],
    breaks: [],
    leftOutObjectives: [],
    objectiveOrder: settings.objectiveOrder,
  };
}

/** A stored list of titles, copied; whether each is one Waymark keeps is the validation's call. */
function textsOf(value: unknown): string[] {
  return Array.isArray(value) ? [...(value as string[])] : [];
}

function objectiveOrderOf(order: unknown, firstObjectiveId: unknown): string[] {
  const ids = Array.isArray(order) ? order.filter((id) => typeof id === 'string') : [];
  return ids.length === 0 && typeof firstObjectiveId === 'string' ? [firstObjectiveId] : ids;
}

/** Breaks with both dates written as text; whether they are real dates is the validation's call. */
function breaksOf(value: unknown): Break[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.from === 'string' && typeof item.to === 'string'
      ? [{ from: item.from, to: item.to }]
      : [],
  );
}

/** The settings with the fields `validateSettings` named (`breaks.1`, `minutesPerWeekday.3`...) put back. */
function withDefaults(settings: Settings, failed: string[]): Settings {
  const wholeWeek = failed.includes('minutesPerWeekday');
  const next: Settings = {
    ...settings,
    minutesPerWeekday: DEFAULT_SETTINGS.minutesPerWeekday.map((fallback, day) =>
      wholeWeek || failed.includes(`minutesPerWeekday.${day}`)
        ? fallback
        : (settings.minutesPerWeekday[day] ?? fallback),
    ) as Settings['minutesPerWeekday'],
    breaks: settings.breaks.filter((_, index) => !failed.includes(`breaks.${index}`)),
  };
  const lengths: ('defaultSessionMinutes' | 'reviewMinutes')[] = [];
  for (const field of failed) {
    if (field.startsWith('minutesPerWeekday') || field.startsWith('breaks.')) continue;
    if (field === 'defaultSessionMinutes' || field === 'reviewMinutes') lengths.push(field);
    else if (field === 'restDays') next.restDays = [];
    else if (field === 'leftOutObjectives') next.leftOutObjectives = [];
    else Object.assign(next, { [field]: DEFAULT_SETTINGS[field as keyof Settings] });
  }
  // A length must fit the week as repaired: the default, or the longest day when that is shorter.
  const largest = largestDayBudget(next);
  for (const field of lengths)
    next[field] =
      largest > 0 ? Math.min(DEFAULT_SETTINGS[field], largest) : DEFAULT_SETTINGS[field];
  return next;
}
