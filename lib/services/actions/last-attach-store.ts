import type { AttachUndo } from '../../domain/tabs/attach-undo';

/** Where the last attach is kept for Undo (session storage, see lib/browser/last-attach.ts). */
export interface LastAttachStore {
  read: () => Promise<AttachUndo | null>;
  save: (record: AttachUndo) => Promise<void>;
  clear: () => Promise<void>;
}
