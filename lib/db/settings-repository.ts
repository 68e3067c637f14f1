import { DEFAULT_SETTINGS, type Settings } from '../domain/types';
import type { WaymarkDatabase } from './database';

export async function readSettings(db: WaymarkDatabase): Promise<Settings> {
  const stored = await db.settings.get('settings');
  return { ...DEFAULT_SETTINGS, ...stored };
}
