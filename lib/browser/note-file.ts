/** The File System Access API as Waymark uses it; Chromium has it, Firefox does not. */
import { NoteFileError } from '../domain/note/note-file-error';
import { MAX_ROADMAP_BYTES } from '../domain/roadmap/decode-roadmap-file';

type Access = 'read' | 'readwrite';

/** The parts of the handle that TypeScript's DOM types leave out. */
interface PermissionedHandle extends FileSystemFileHandle {
  queryPermission?: (descriptor: { mode: Access }) => Promise<PermissionState>;
  requestPermission?: (descriptor: { mode: Access }) => Promise<PermissionState>;
}

interface PickerWindow {
  showOpenFilePicker?: (options: {
    types: { description: string; accept: Record<string, string[]> }[];
    excludeAcceptAllOption?: boolean;
    multiple?: boolean;
  }) => Promise<FileSystemFileHandle[]>;
}

export function canLinkNoteFiles(): boolean {
  return typeof (globalThis as PickerWindow).showOpenFilePicker === 'function';
}

/** Opens the browser's file picker on markdown files; null when the user closes it. */
export async function pickNoteFile(): Promise<FileSystemFileHandle | null> {
  const picker = (globalThis as PickerWindow).showOpenFilePicker;
  if (!picker) return null;
  try {
    const [handle] = await picker({
      types: [{ description: 'Markdown note', accept: { 'text/markdown': ['.md', '.markdown'] } }],
      multiple: false,
    });
    return handle ?? null;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
}

/** Whether Waymark may use the file now, without asking. */
export async function noteAccess(handle: FileSystemFileHandle, mode: Access) {
  const query = (handle as PermissionedHandle).queryPermission;
  return query ? query.call(handle, { mode }) : 'granted';
}

/** Asks the user for access; must run inside a click. */
export async function requestNoteAccess(handle: FileSystemFileHandle, mode: Access) {
  const request = (handle as PermissionedHandle).requestPermission;
  return request ? request.call(handle, { mode }) : 'granted';
}

export interface NoteFileState {
  text: string;
  lastModified: number;
}

function fileError(error: unknown, name: string): unknown {
  if (!(error instanceof DOMException)) return error;
  if (error.name === 'NotFoundError')
    return new NoteFileError(
      'gone',
      `${name} can no longer be found: it was moved, renamed or deleted.`,
    );
  if (error.name === 'NotAllowedError' || error.name === 'SecurityError')
    return new NoteFileError('permission', `Waymark may no longer open ${name}. Reconnect to it.`);
  if (error.name === 'QuotaExceededError')
    return new NoteFileError('full', `The disk is full: ${name} was left as it was.`);
  if (error.name === 'NotReadableError' || error.name === 'NoModificationAllowedError')
    return new NoteFileError('busy', `${name} is busy in another program. Waymark will try again.`);
  return error;
}

/** The file's last-modified time, cheap: the text is not read. */
export async function noteModified(handle: FileSystemFileHandle, name: string): Promise<number> {
  try {
    return (await handle.getFile()).lastModified;
  } catch (error) {
    throw fileError(error, name);
  }
}

/** The note's text exactly as stored: a BOM stays as U+FEFF, line endings as they are. */
export async function readNoteFile(
  handle: FileSystemFileHandle,
  name: string,
): Promise<NoteFileState> {
  let file: File;
  let bytes: Uint8Array;
  try {
    file = await handle.getFile();
    if (file.size > MAX_ROADMAP_BYTES)
      throw new NoteFileError('refused', `${name} is larger than the 20 MB a note may have.`);
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw fileError(error, name);
  }
  const notText = new NoteFileError('refused', `${name} is not a UTF-8 text file.`);
  // Images, archives and other binaries nearly always hold a NUL byte early on.
  if (bytes.includes(0)) throw notText;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, lastModified: file.lastModified };
  } catch {
    throw notText;
  }
}

/**
 * Replaces the file's content. The browser writes to a temporary file and swaps it in on close,
 * so an interrupted write leaves the note as it was. Returns the new last-modified time.
 */
export async function writeNoteFile(
  handle: FileSystemFileHandle,
  name: string,
  text: string,
): Promise<number> {
  try {
    const writable = await handle.createWritable();
    try {
      await writable.write(new TextEncoder().encode(text));
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => {});
      throw error;
    }
    return (await handle.getFile()).lastModified;
  } catch (error) {
    throw fileError(error, name);
  }
}

/** Runs `task` while no other Waymark page works on the note (Web Locks span every page). */
export function withNoteLock<T>(task: () => Promise<T>): Promise<T> {
  return navigator.locks.request('waymark:note-file', task);
}
