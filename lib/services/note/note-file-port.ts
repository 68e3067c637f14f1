/** What the note services need of the file system; the page passes lib/browser/note-file.ts in. */
export interface NoteFilePort {
  /** Whether Waymark may use the file now, without asking. */
  access(handle: FileSystemFileHandle, mode: 'read' | 'readwrite'): Promise<PermissionState>;
  modified(handle: FileSystemFileHandle, name: string): Promise<number>;
  read(handle: FileSystemFileHandle, name: string): Promise<{ text: string; lastModified: number }>;
  /** Replaces the content; returns the new last-modified time. */
  write(handle: FileSystemFileHandle, name: string, text: string): Promise<number>;
  /** Runs `task` while no other Waymark page reads or writes the note. */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
}
