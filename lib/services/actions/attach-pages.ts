import type { AttachUndo } from '../../domain/tabs/attach-undo';
import { describeBulkResult, recordAttach } from '../attach-message';
import { attachTabs, type TabChoice } from '../attach-tabs';
import { describeFailure } from '../user-error';
import type { AttachDeps } from './attach-page';

/** A bulk attach that ran: `ok` is false when some tabs were refused, though the rest went in. */
export type BulkOutcome =
  | { ok: boolean; message: string; record: AttachUndo | null }
  | { ok: false; message: string; record?: undefined };

/** Files several tabs at once (the popup's Tag open tabs) and remembers them for Undo. */
export async function attachPages(deps: AttachDeps, choices: TabChoice[]): Promise<BulkOutcome> {
  try {
    const at = deps.now();
    const results = await attachTabs(deps.db, choices, at, deps.newId);
    const record = recordAttach(results, { via: 'bulk', at });
    if (record) await deps.lastAttach.save(record);
    return { ...describeBulkResult(results), record };
  } catch (error) {
    return { ok: false, message: describeFailure(error) };
  }
}
