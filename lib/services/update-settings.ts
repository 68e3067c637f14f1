import type { WaymarkDatabase } from '../db/database';
import { readSettings } from '../db/settings-repository';
import { rescheduleAll } from '../domain/schedule/reschedule-all';
import {
  validateSettings,
  type SettingsErrors,
  type SettingsPatch,
} from '../domain/settings/validate-settings';
import type { Settings } from '../domain/types';

export type SettingsUpdate =
  { ok: true; settings: Settings; rescheduled: number } | { ok: false; errors: SettingsErrors };

/**
 * Saves a settings change in one transaction: validated against what is stored at that moment,
 * nothing written when invalid. A new retention or maximum interval changes every studied card's
 * interval, so all projects are rescheduled in the same transaction (issue 4, "reschedule all
 * after a settings change"); only the projects whose dates moved are written.
 */
export async function updateSettings(
  db: WaymarkDatabase,
  patch: SettingsPatch,
  now: number,
): Promise<SettingsUpdate> {
  return db.transaction('rw', db.settings, db.projects, async () => {
    const current = await readSettings(db);
    const next: Settings = { ...current, ...patch, id: 'settings' };
    const errors = validateSettings(next);
    if (Object.keys(errors).length > 0) return { ok: false, errors };

    await db.settings.put(next);
    let rescheduled = 0;
    if (
      next.desiredRetention !== current.desiredRetention ||
      next.maximumIntervalDays !== current.maximumIntervalDays
    ) {
      const projects = await db.projects.toArray();
      const changed = rescheduleAll(projects, next, now).filter((p, i) => p !== projects[i]);
      await db.projects.bulkPut(changed);
      rescheduled = changed.length;
    }
    return { ok: true, settings: next, rescheduled };
  });
}
