import type { WaymarkDatabase } from '../../db/database';
import { keepNoteVersion, readNoteLink, updateNoteLink, type NoteLink } from '../../db/note-link';
import { progressToWrite, withoutNoteChanged } from '../../domain/note/progress-to-write';
import { describeNoteWrite } from '../../domain/note/describe-note-write';
import { writeProgressToNote, type NoteWriteResult } from '../../domain/note/write-progress';
import { projectKeys, type KeyedProject } from '../../domain/roadmap/project-keys';
import { hashText } from '../import-roadmap';
import type { NoteFilePort } from './note-file-port';
import { noteProblem, type NoteProblem } from './note-problem';

export type NoteWrite =
  | { kind: 'off' }
  | { kind: 'nothing' }
  | {
      kind: 'written';
      name: string;
      versionId: string;
      reason: string;
      skipped: NoteWriteResult['skipped'];
    }
  | NoteProblem;

/** A write retries this often when the note changes between Waymark's read and its write. */
const ATTEMPTS = 3;

/**
 * Writes Waymark's progress into the linked note: the boxes (and estimates, when allowed) that
 * changed in Waymark since the note was last taken in, onto the note as it is now, so an edit made
 * in the note meanwhile stays. The text it replaces is kept as a version first.
 */
export async function writeBackNote(
  db: WaymarkDatabase,
  file: NoteFilePort,
  now: number,
  newId: () => string,
): Promise<NoteWrite> {
  return file.exclusive(async () => {
    const link = await readNoteLink(db);
    if (!link?.writeBack) return { kind: 'off' };
    const { handle, name } = link;
    try {
      if ((await file.access(handle, 'readwrite')) !== 'granted')
        return { kind: 'reconnect', name };
      for (let attempt = 1; ; attempt++) {
        const outcome = await writeOnce(db, file, link, now, newId);
        if (outcome !== 'moved' || attempt === ATTEMPTS)
          return outcome === 'moved' ? { kind: 'nothing' } : outcome;
      }
    } catch (error) {
      return noteProblem(error, name);
    }
  });
}

let parsedBase: { text: string; projects: ReadonlyMap<string, KeyedProject> } | null = null;

/** The base's projects by key, parsed once per base: writes are checked after every change. */
async function baseProjects(text: string): Promise<ReadonlyMap<string, KeyedProject>> {
  if (parsedBase?.text !== text) {
    const { parseRoadmap } = await import('../../domain/roadmap/parse-roadmap');
    parsedBase = { text, projects: projectKeys(parseRoadmap(text)) };
  }
  return parsedBase.projects;
}

async function writeOnce(
  db: WaymarkDatabase,
  file: NoteFilePort,
  link: NoteLink,
  now: number,
  newId: () => string,
): Promise<NoteWrite | 'moved'> {
  const { handle, name } = link;
  const options = { estimates: link.writeEstimates };
  const projects = await db.projects.toArray();
  const base = await baseProjects(link.baseText);
  const changed = progressToWrite(projects, base, options);
  // Most changes of projects (a session logged) leave boxes and estimates alone: no file read.
  if (changed.length === 0) return { kind: 'nothing' };
  const current = await file.read(handle, name);
  const { parseRoadmap } = await import('../../domain/roadmap/parse-roadmap');
  const wanted = withoutNoteChanged(changed, base, projectKeys(parseRoadmap(current.text)));
  const result = writeProgressToNote(current.text, wanted, options);
  if (result.text === current.text) return { kind: 'nothing' };
  // The note changed after it was read: read it again rather than write over that edit.
  if ((await file.modified(handle, name)) !== current.lastModified) return 'moved';
  const writtenKeys = new Set(result.written.map((change) => change.key));
  const reason = describeNoteWrite(wanted.filter((change) => writtenKeys.has(change.key)));
  const versionId = newId();
  await keepNoteVersion(db, { id: versionId, savedAt: now, name, text: current.text, reason });
  const seenModified = await file.write(handle, name, result.text);
  const changedMeanwhile = (await hashText(current.text)) !== link.seenHash;
  await updateNoteLink(db, {
    // The base moves by Waymark's own edits only; the note's own changes stay to be taken in.
    baseText: writeProgressToNote(link.baseText, wanted, options).text,
    seenModified,
    seenHash: await hashText(result.text),
    pending: link.pending || changedMeanwhile,
  });
  return { kind: 'written', name, versionId, reason, skipped: result.skipped };
}
