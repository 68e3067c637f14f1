import { browser } from 'wxt/browser';
import type { AttachUndo } from '../domain/tabs/attach-undo';

/**
 * The last attach lives in session storage: the service worker may be stopped between two presses
 * of the shortcut, and the popup shows it with Undo. It is gone when the browser closes.
 */
const KEY = 'waymark:last-attach';

export async function readLastAttach(): Promise<AttachUndo | null> {
  const stored = await browser.storage.session.get(KEY);
  return (stored[KEY] as AttachUndo | undefined) ?? null;
}

export async function saveLastAttach(record: AttachUndo): Promise<void> {
  await browser.storage.session.set({ [KEY]: record });
}

export async function clearLastAttach(): Promise<void> {
  await browser.storage.session.remove(KEY);
}
