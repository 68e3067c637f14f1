import type { NoteProgress } from './write-progress';

/** Titles shown in one sentence before "and N more". */
const NAMED = 3;

function hours(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}

/** What a write changed in the note, in one sentence: "Ticked ‘Parser’; estimate of ‘Lexer’ 12 h". */
export function describeNoteWrite(written: readonly NoteProgress[]): string {
  const parts = written.slice(0, NAMED).map((change) => {
    const said: string[] = [];
    if (change.done !== undefined)
      said.push(`${change.done ? 'ticked' : 'unticked'} ‘${change.title}’`);
    if (change.estimateMinutes !== undefined)
      said.push(`estimate of ‘${change.title}’ set to ${hours(change.estimateMinutes)}`);
    return said.join(', ');
  });
  const more = written.length - NAMED;
  const sentence = parts.join('; ') + (more > 0 ? `; and ${more} more` : '');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
