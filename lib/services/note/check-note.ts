import type { WaymarkDatabase } from '../../db/database';
import { readNoteLink, updateNoteLink, type NoteLink } from '../../db/note-link';
import type { ImportDiff } from '../../domain/roadmap/merge-roadmap';
import { applyImport, hashText, previewImport, type ImportPreview } from '../import-roadmap';
import { setEstimate } from '../update-project';
import type { NoteFilePort } from './note-file-port';
import { noteProblem, type NoteProblem } from './note-problem';

/** Where the linked note stands, as the new-tab page and Import & export show it. */
export type NoteCheck =
  | { kind: 'unlinked' }
  | { kind: 'in-step'; name: string }
  | { kind: 'changed'; name: string; preview: ImportPreview }
  | { kind: 'applied'; name: string; diff: ImportDiff }
  | NoteProblem;

/** The access a link needs: writing back needs write access too. */
export function accessFor(link: Pick<NoteLink, 'writeBack'>): 'read' | 'readwrite' {
  return link.writeBack ? 'readwrite' : 'read';
}

function changes(diff: ImportDiff): number {
  return diff.added.length + diff.changed.length + diff.archived.length;
}

/** A change the user is not asked about: nothing archived, no estimate changed on both sides. */
function safeToApply(diff: ImportDiff): boolean {
  return diff.archived.length === 0 && (diff.conflicts?.length ?? 0) === 0;
}

/**
 * Looks at the linked note: reads it only when its last-modified time moved, and compares it with
 * Waymark through the same merge a re-import uses, the note as last taken in being the base.
 * Never asks for permission and never changes Waymark unless the user allowed automatic updates.
 */
export async function checkNote(
  db: WaymarkDatabase,
  file: NoteFilePort,
  now: number,
): Promise<NoteCheck> {
  const link = await readNoteLink(db);
  if (!link) return { kind: 'unlinked' };
  const { handle, name } = link;
  try {
    if ((await file.access(handle, accessFor(link))) !== 'granted')
      return { kind: 'reconnect', name };
    if (!link.pending && (await file.modified(handle, name)) === link.seenModified)
      return { kind: 'in-step', name };
    const { text, lastModified } = await file.read(handle, name);
    const seenHash = await hashText(text);
    if (!link.pending && seenHash === link.seenHash) {
      await updateNoteLink(db, { seenModified: lastModified });
      return { kind: 'in-step', name };
    }
    const preview = await previewNote(db, link, text);
    const seen = { seenModified: lastModified, seenHash };
    if (changes(preview.merge.diff) === 0) {
      await updateNoteLink(db, { ...seen, baseText: text, pending: false });
      return { kind: 'in-step', name };
    }
    if (link.autoApply && safeToApply(preview.merge.diff)) {
      const diff = await applyNoteChanges(db, preview, now);
      return { kind: 'applied', name, diff };
    }
    await updateNoteLink(db, { ...seen, pending: true });
    return { kind: 'changed', name, preview };
  } catch (error) {
    return noteProblem(error, name);
  }
}

/** The preview of taking the note's text in, with the note as last taken in as the base. */
export async function previewNote(
  db: WaymarkDatabase,
  link: Pick<NoteLink, 'name' | 'baseText'>,
  text: string,
): Promise<ImportPreview> {
  const { parseRoadmap } = await import('../../domain/roadmap/parse-roadmap');
  return previewImport(db, text, link.name, { base: parseRoadmap(link.baseText) });
}

/**
 * Applies a previewed change of the note; the note's text becomes the new base. For estimates
 * changed on both sides, `keepWaymark` names the projects (by key) whose Waymark value stays; the
 * note's value is taken for the others.
 */
export async function applyNoteChanges(
  db: WaymarkDatabase,
  preview: ImportPreview,
  now: number,
  keepWaymark: ReadonlySet<string> = new Set(),
): Promise<ImportDiff> {
  const seenHash = await hashText(preview.text);
  const merge = await applyImport(db, preview, now);
  for (const conflict of merge.diff.conflicts ?? []) {
    if (!keepWaymark.has(conflict.key)) continue;
    const project = merge.projects.find((row) => row.key === conflict.key);
    if (project) await setEstimate(db, project.id, conflict.waymark);
  }
  await updateNoteLink(db, { baseText: preview.text, seenHash, pending: false });
  return merge.diff;
}
