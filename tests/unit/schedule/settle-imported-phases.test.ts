import { describe, expect, it } from 'vitest';
import { mergeRoadmap } from '../../../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import {
  dayToEpoch,
  epochToDayIndex,
  finishedCard,
  settleImportedPhases,
} from '../../../lib/domain/schedule';
import { DEFAULT_SETTINGS, type Project } from '../../../lib/domain/types';
import { importExample, project, reviewedCard } from './schedule-fixtures';

const TODAY = '2025-01-06';
const NOW = dayToEpoch(TODAY, 12);
const dueDayOf = (p: Project | undefined) =>
  epochToDayIndex(p?.card?.due ?? 0) - epochToDayIndex(NOW);

/** A note of `count` projects, the first `done` ticked, imported fresh. */
function importNote(count: number, done: number): Project[] {
  const lines = Array.from({ length: count }, (_, i) => `- [${i < done ? 'x' : ' '}] Project ${i}`);
  let id = 0;
  const merged = mergeRoadmap(
    parseRoadmap(`# Goal\n\n${lines.join('\n')}\n`),
    { objectives: [], projects: [] },
    { roadmapId: 'r', newId: () => `p${id++}` },
  );
  return merged.projects;
}

describe('settleImportedPhases', () => {
  it('has the projects the example note marks done reviewed, the rest queued', () => {
    const { projects } = importExample(TODAY);
    const reviewed = projects.filter((p) => p.phase === 'reviewing');
    expect(reviewed.map((p) => p.title)).toEqual(['PubSub system in Rust', 'gVisor - foreverVM']);
    expect(reviewed.map(dueDayOf)).toEqual([1, 8]);
    expect(reviewed.every((p) => p.card?.lastReview === NOW)).toBe(true);
    const rest = projects.filter((p) => p.phase !== 'reviewing');
    expect(rest.every((p) => p.phase === 'queued' && !p.card && !p.done)).toBe(true);
  });

  it.each([1, 5, 14, 40])(
    'spreads the first reviews of %i projects done at import over the first 14 days, in note order',
    (done) => {
      const settled = settleImportedPhases(importNote(done + 3, done), NOW, DEFAULT_SETTINGS);
      const days = settled.slice(0, done).map(dueDayOf);
      expect(days[0]).toBe(1);
      expect(Math.max(...days)).toBeLessThanOrEqual(14);
      expect(days).toEqual([...days].sort((a, b) => a - b));
      expect(new Set(days).size).toBe(Math.min(done, 14));
      // Learned as after a first Good review, whatever day the review falls on.
      const learned = finishedCard(NOW, DEFAULT_SETTINGS);
      expect(settled[0]?.card?.stability).toBe(learned.stability);
      expect(settled.slice(done).every((p) => p.phase === 'queued')).toBe(true);
    },
  );

  it('puts a project the note no longer marks done back to building, its card and minutes kept', () => {
    const card = reviewedCard('2025-01-20');
    const unticked = project('a', { phase: 'reviewing', done: false, card, builtMinutes: 600 });
    const [after] = settleImportedPhases([unticked], NOW, DEFAULT_SETTINGS);
    expect(after).toMatchObject({ phase: 'building', done: false, card, builtMinutes: 600 });
  });

  it('returns unchanged rows as the same objects, and leaves archived ones alone', () => {
    const rows = [
      project('queued'),
      project('reviewed', { phase: 'reviewing', done: true, card: reviewedCard('2025-01-20') }),
      project('archived', { done: true, archived: 1 }),
      project('done now', { done: true, deferred: true, notBefore: NOW }),
    ];
    const settled = settleImportedPhases(rows, NOW, DEFAULT_SETTINGS);
    expect(settled.slice(0, 3)).toEqual(rows.slice(0, 3));
    settled.slice(0, 3).forEach((row, i) => expect(row).toBe(rows[i]));
    expect(settled[3]).toMatchObject({ phase: 'reviewing', done: true });
    expect(settled[3]).not.toHaveProperty('deferred');
    expect(settled[3]).not.toHaveProperty('notBefore');
  });
});
