import type { Rating } from '../types';
import type { ProjectFields } from './sync-state';

/** One letter per project field in packed items. */
export const PROJECT_FIELD_CODES: Record<keyof ProjectFields, string> = {
  status: 's',
  phase: 'p',
  estimateMinutes: 'e',
  sessionMinutes: 'n',
  reviewMinutes: 'r',
  notBefore: 'b',
  deferred: 'd',
  childrenDone: 'c',
  card: 'k',
};

/** A session's kind and rating in one letter: `b` a build session, `r` an unrated review. */
export const SESSION_CODES: Record<string, { kind: 'build' | 'review'; rating?: Rating }> = {
  b: { kind: 'build' },
  r: { kind: 'review' },
  a: { kind: 'review', rating: 'again' },
  h: { kind: 'review', rating: 'hard' },
  g: { kind: 'review', rating: 'good' },
  e: { kind: 'review', rating: 'easy' },
};

export const RATING_CODES: Record<Rating, string> = { again: 'a', hard: 'h', good: 'g', easy: 'e' };
