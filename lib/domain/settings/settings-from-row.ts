import { DEFAULT_SETTINGS, type Settings } from '../types';

/** A stored settings row as older versions may have written it. */
type StoredSettings = Partial<Settings> & { firstObjectiveId?: unknown; newPerWeek?: unknown };

/** Projects allowed to build at once when an older row's "new projects per week" is carried over. */
const CARRIED_IN_PROGRESS_MAX = 10;

/**
 * The settings a stored row means, defaults filled in. Rows written before objectives could be
 * reordered name one objective to plan first; that becomes the head of the order. Rows written
 * before projects had phases set how many projects start each week; that becomes how many build
 * at once (a week's starts were about as many as were under way).
 */
export function settingsFromRow(row: StoredSettings | undefined): Settings {
  const { firstObjectiveId, newPerWeek, ...stored } = row ?? {};
  const settings: Settings = { ...DEFAULT_SETTINGS, ...stored };
  if (!Array.isArray(settings.objectiveOrder)) settings.objectiveOrder = [];
  settings.objectiveOrder = settings.objectiveOrder.filter((id) => typeof id === 'string');
  if (settings.objectiveOrder.length === 0 && typeof firstObjectiveId === 'string')
    settings.objectiveOrder = [firstObjectiveId];
  if (
    stored.inProgress === undefined &&
    typeof newPerWeek === 'number' &&
    Number.isFinite(newPerWeek)
  )
    settings.inProgress = Math.min(CARRIED_IN_PROGRESS_MAX, Math.max(1, Math.round(newPerWeek)));
  return settings;
}
