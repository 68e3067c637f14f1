import { DEFAULT_SETTINGS, type Settings } from '../types';

/** A stored settings row as older versions may have written it. */
type StoredSettings = Partial<Settings> & { firstObjectiveId?: unknown };

/**
 * The settings a stored row means, defaults filled in. Rows written before objectives could be
 * reordered name one objective to plan first; that becomes the head of the order.
 */
export function settingsFromRow(row: StoredSettings | undefined): Settings {
  const { firstObjectiveId, ...stored } = row ?? {};
  const settings: Settings = { ...DEFAULT_SETTINGS, ...stored };
  if (!Array.isArray(settings.objectiveOrder)) settings.objectiveOrder = [];
  settings.objectiveOrder = settings.objectiveOrder.filter((id) => typeof id === 'string');
  if (settings.objectiveOrder.length === 0 && typeof firstObjectiveId === 'string')
    settings.objectiveOrder = [firstObjectiveId];
  return settings;
}
