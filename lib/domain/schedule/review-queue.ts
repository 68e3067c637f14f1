import type { MemoryCard } from '../types';

/** A project waiting for its next review in the simulation. */
export interface ReviewEntry<T = unknown> {
  sim: T;
  card: MemoryCard;
  /** Day number the review falls due. */
  day: number;
}

/**
 * Reviews by due day: a binary heap of those not yet due, and the list of those due and not yet
 * done (the backlog), so a day touches only what is due, not every finished project.
 */
export class ReviewQueue<T = unknown> {
  private heap: ReviewEntry<T>[] = [];
  private due: ReviewEntry<T>[] = [];

  push(entry: ReviewEntry<T>): void {
    const heap = this.heap;
    heap.push(entry);
    for (let i = heap.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if ((heap[parent] as ReviewEntry<T>).day <= entry.day) break;
      heap[i] = heap[parent] as ReviewEntry<T>;
      heap[parent] = entry;
      i = parent;
    }
  }

  /** Everything due on or before `day` and not yet done, oldest first. */
  dueBy(day: number): ReviewEntry<T>[] {
    while (this.heap.length > 0 && (this.heap[0] as ReviewEntry<T>).day <= day) {
      this.due.push(this.pop());
    }
    return this.due.slice();
  }

  remove(entry: ReviewEntry<T>): void {
    const at = this.due.indexOf(entry);
    if (at >= 0) this.due.splice(at, 1);
  }

  private pop(): ReviewEntry<T> {
    const heap = this.heap;
    const top = heap[0] as ReviewEntry<T>;
    const moved = heap.pop() as ReviewEntry<T>;
    if (heap.length === 0) return top;
    const dayAt = (index: number) => (heap[index] as ReviewEntry<T>).day;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= heap.length) break;
      if (child + 1 < heap.length && dayAt(child + 1) < dayAt(child)) child++;
      if (dayAt(child) >= moved.day) break;
      heap[i] = heap[child] as ReviewEntry<T>;
      i = child;
    }
    heap[i] = moved;
    return top;
  }
}
