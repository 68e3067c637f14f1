import { dayToIndex, indexToDay } from '../../lib/domain/schedule';
import {
  validateSettings,
  type SettingsErrors,
  type SettingsPatch,
} from '../../lib/domain/settings/validate-settings';
import type { Break, Settings } from '../../lib/domain/types';

/** The settings form as typed: text, so a half-typed number is kept until it is checked. */
export interface SettingsDraft {
  /** Sunday first, like Settings. */
  minutes: string[];
  restDays: boolean[];
  defaultSessionMinutes: string;
  retentionPercent: string;
  maximumIntervalDays: string;
  reviewMinutes: string;
  inProgress: string;
  /** Hours, decimals allowed. */
  defaultEffortHours: string;
  breaks: Break[];
  obsidianVault: string;
  obsidianFile: string;
}

export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    minutes: settings.minutesPerWeekday.map(String),
    restDays: Array.from({ length: 7 }, (_, day) => settings.restDays.includes(day)),
    defaultSessionMinutes: String(settings.defaultSessionMinutes),
    retentionPercent: String(Math.round(settings.desiredRetention * 100)),
    maximumIntervalDays: String(settings.maximumIntervalDays),
    reviewMinutes: String(settings.reviewMinutes),
    inProgress: String(settings.inProgress),
    defaultEffortHours: String(settings.defaultEffortHours),
    breaks: settings.breaks.map((b) => ({ ...b })),
    obsidianVault: settings.obsidianVault,
    obsidianFile: settings.obsidianFile,
  };
}

/** Blank is not zero: an emptied field must be reported, not saved as 0. */
function toNumber(text: string): number {
  return text.trim() === '' ? NaN : Number(text);
}

/** A new break: from `today` for a week. */
export function newBreak(today: string): Break {
  return { from: today, to: indexToDay(dayToIndex(today) + 6) };
}

/**
 * The patch the draft asks for and what is wrong with it (checked as the stored row it would
 * make). The patch is only to be saved when there are no errors.
 */
export function parseDraft(
  draft: SettingsDraft,
  current: Settings,
): { patch: SettingsPatch; errors: SettingsErrors } {
  const patch: SettingsPatch = {
    minutesPerWeekday: draft.minutes.map(toNumber) as Settings['minutesPerWeekday'],
    restDays: draft.restDays.flatMap((rest, day) => (rest ? [day] : [])),
    defaultSessionMinutes: toNumber(draft.defaultSessionMinutes),
    // Percent in the form, fraction in storage; rounded so 0.9 is stored as 0.9.
    desiredRetention: Math.round(toNumber(draft.retentionPercent) * 100) / 10_000,
    maximumIntervalDays: toNumber(draft.maximumIntervalDays),
    reviewMinutes: toNumber(draft.reviewMinutes),
    inProgress: toNumber(draft.inProgress),
    defaultEffortHours: toNumber(draft.defaultEffortHours),
    breaks: draft.breaks.map((b) => ({ ...b })),
    obsidianVault: draft.obsidianVault.trim(),
    obsidianFile: draft.obsidianFile.trim(),
  };
  const errors = validateSettings({ ...current, ...patch });
  return { patch, errors };
}
