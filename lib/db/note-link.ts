import type { WaymarkDatabase } from './database';

/**
 * The note file linked through the File System Access API, with what Waymark knows of it.
 * Device-local: a file handle means nothing on another device, so it is never backed up or synced.
 */
export interface NoteLink {
  id: 'note';
  handle: FileSystemFileHandle;
  /** The file's name when it was linked, for messages ("Reconnect to roadmap.md"). */
  name: string;
  linkedAt: number;
  /**
   * The note as Waymark last took it in (an import, or its own write): the base of the three-way
   * merge, so a box ticked in Waymark is not undone by an unrelated edit in the note.
   */
  baseText: string;
  /** The file as Waymark last read or wrote it: a check reads the file only when it changed. */
  seenModified: number;
  seenHash: string;
  /** The note differs from the base in a way the user has not applied yet. */
  pending: boolean;
  /** Tick and untick the note's checkboxes to match Waymark. */
  writeBack: boolean;
  /** Also write estimates set in Waymark as `(Nh)`. */
  writeEstimates: boolean;
  /** Apply the note's changes without asking when nothing would be archived. */
  autoApply: boolean;
}

/** One version of the note that a write of Waymark's replaced. */
export interface NoteVersion {
  id: string;
  savedAt: number;
  name: string;
  text: string;
  /** What replaced it, in words: "Ticked Build a parser". */
  reason: string;
}

/** The note versions kept: the oldest goes when an eighth is saved. */
export const KEPT_NOTE_VERSIONS = 7;

const LINK_ID = 'note';

export function readNoteLink(db: WaymarkDatabase): Promise<NoteLink | undefined> {
  return db.noteLink.get(LINK_ID);
}

export async function saveNoteLink(db: WaymarkDatabase, link: NoteLink): Promise<void> {
  await db.noteLink.put(link);
}

/** Changes some fields of the link, if there still is one. */
export async function updateNoteLink(
  db: WaymarkDatabase,
  change: Partial<Omit<NoteLink, 'id'>>,
): Promise<void> {
  await db.noteLink.update(LINK_ID, change);
}

/** Forgets the file; the versions Waymark kept of it stay until the next link replaces them. */
export async function unlinkNote(db: WaymarkDatabase): Promise<void> {
  await db.noteLink.delete(LINK_ID);
}

/** Newest first. */
export async function listNoteVersions(db: WaymarkDatabase): Promise<NoteVersion[]> {
  return (await db.noteVersions.orderBy('savedAt').reverse().toArray()).slice(
    0,
    KEPT_NOTE_VERSIONS,
  );
}

/** Keeps `version`, dropping the oldest beyond KEPT_NOTE_VERSIONS, in one transaction. */
export async function keepNoteVersion(db: WaymarkDatabase, version: NoteVersion): Promise<void> {
  await db.transaction('rw', db.noteVersions, async () => {
    await db.noteVersions.put(version);
    const ids = await db.noteVersions.orderBy('savedAt').reverse().primaryKeys();
    await db.noteVersions.bulkDelete(ids.slice(KEPT_NOTE_VERSIONS));
  });
}
