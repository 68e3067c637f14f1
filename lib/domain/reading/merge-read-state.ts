import type { Resource } from '../types';

type ReadState = Pick<Resource, 'readAt' | 'note'>;

/**
 * The read state of one page kept in two rows, as the row that stays should hold it: read if
 * either says so (since the earlier of the two), and the staying row's note, else the other's.
 */
export function mergeReadState(staying: ReadState, leaving: ReadState): ReadState {
  const reads = [staying.readAt, leaving.readAt].filter((at) => at !== undefined);
  const note = staying.note ?? leaving.note;
  return {
    ...(reads.length ? { readAt: Math.min(...reads) } : {}),
    ...(note === undefined ? {} : { note }),
  };
}
