import { settingsFromRow } from '../domain/settings/settings-from-row';
import type { Settings } from '../domain/types';
import type { WaymarkDatabase } from './database';

export async function readSettings(db: WaymarkDatabase): Promise<Settings> {
  return settingsFromRow(await db.settings.get('settings'));
}
