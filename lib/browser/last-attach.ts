import type { AttachUndo } from '../domain/tabs/attach-undo';
import { storedValue } from './stored-value';

/**
 * The last attach lives in session storage: the service worker may be stopped between two presses
 * of the shortcut, and the popup shows it with Undo. It is gone when the browser closes.
 */
export const lastAttach = storedValue<AttachUndo>('session', 'waymark:last-attach');

export const readLastAttach = lastAttach.read;
/** Forgets it: after its undo, and after a restore, which replaces the rows it wrote. */
export const clearLastAttach = lastAttach.clear;
