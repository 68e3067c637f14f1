import type { Objective } from '../types';

function byNoteOrder(a: Objective, b: Objective) {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Objectives in the order the user chose: the ids in `chosen` first, in that order, then every
 * other objective (one added to the note later, say) in note order. Ids no longer in the roadmap
 * are ignored, so a re-import never breaks the order.
 */
export function orderObjectives<T extends Objective>(
  objectives: readonly T[],
  chosen: readonly string[],
): T[] {
  const position = new Map<string, number>();
  for (const id of chosen) if (!position.has(id)) position.set(id, position.size);
  return [...objectives].sort((a, b) => {
    const pa = position.get(a.id);
    const pb = position.get(b.id);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return byNoteOrder(a, b);
  });
}

/**
 * The order after moving `id` to `toIndex` (clamped) in `current`, a full list of objective ids.
 * Returns the same array when nothing moves, so callers can skip the write.
 */
export function moveObjective(
  current: readonly string[],
  id: string,
  toIndex: number,
): readonly string[] {
  const from = current.indexOf(id);
  if (from < 0) return current;
  const to = Math.max(0, Math.min(current.length - 1, Math.trunc(toIndex)));
  if (to === from) return current;
  const next = current.filter((other) => other !== id);
  next.splice(to, 0, id);
  return next;
}

/** True when the chosen order is only the note's own order, so there is nothing to reset. */
export function isNoteOrder(ordered: readonly Objective[]): boolean {
  return ordered.every((objective, i) => {
    const previous = ordered[i - 1];
    return previous === undefined || byNoteOrder(previous, objective) < 0;
  });
}
