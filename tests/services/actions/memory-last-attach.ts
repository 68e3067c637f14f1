import type { AttachUndo } from '../../../lib/domain/tabs/attach-undo';
import type { LastAttachStore } from '../../../lib/services/actions/last-attach-store';

/** The last attach kept in memory, in place of session storage. */
export function memoryLastAttach(): LastAttachStore & { current: () => AttachUndo | null } {
  let value: AttachUndo | null = null;
  return {
    read: async () => value,
    save: async (record) => {
      value = record;
    },
    clear: async () => {
      value = null;
    },
    current: () => value,
  };
}
