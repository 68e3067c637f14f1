import type { Table } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { describeStorageError } from '../../lib/db/storage-error';
import { attachResource } from '../../lib/services/attach-resource';
import { attachTabs } from '../../lib/services/attach-tabs';
import { BACKUP_TABLES } from '../../lib/services/backup-format';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { finishStudySession, startStudySession } from '../../lib/services/study-session';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

/**
 * Makes the `count`-th write to a table fail the way a full disk does, mid-transaction: the writes
 * before it in the same transaction have already been issued.
 */
function fillDiskAt(table: Table, hook: 'creating' | 'updating' | 'deleting', count = 1) {
  let writes = 0;
  // Dexie's hook() overloads are per hook name; the three share this shape.
  (table.hook as (name: string, fn: () => void) => void)(hook, () => {
    writes += 1;
    if (writes >= count)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

async function userData(db: WaymarkDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) tables[name] = await db.table(name).toArray();
  return tables;
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the write failed').not.toBeNull();
  return describeStorageError(error);
}

async function imported() {
  const db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const projects = await db.projects.orderBy('id').toArray();
  return { db, projects };
}

const NO_ROOM = /no room left.*nothing was saved/i;

describe('when the disk is full, nothing is half-written and the user is told', () => {
  it('a first import writes no roadmap, objective or project', async () => {
    const db = createTestDatabase();
    // The roadmap row and the objectives are written; the 10th project fails.
    fillDiskAt(db.projects, 'creating', 10);
    expect(await failure(importRoadmap(db, EXAMPLE_ROADMAP, 'a.md', NOW))).toMatch(NO_ROOM);
    expect(await db.roadmaps.count()).toBe(0);
    expect(await db.objectives.count()).toBe(0);
    expect(await db.projects.count()).toBe(0);
  });

  it('a re-import leaves the roadmap exactly as it was', async () => {
    const { db } = await imported();
    const before = await userData(db);
    fillDiskAt(db.projects, 'creating');
    // A new last row of the table (the note ends with blank lines).
    const edited = `${EXAMPLE_ROADMAP.trimEnd()}\n|<input type="checkbox" unchecked id="new001">| | - Brand new |\n`;
    expect(await failure(importRoadmap(db, edited, 'a.md', NOW + 1))).toMatch(NO_ROOM);
    expect(await userData(db)).toEqual(before);
  });

  it('attaching a tab writes no resource', async () => {
    const { db, projects } = await imported();
    fillDiskAt(db.resources, 'creating');
    const request = {
      projectId: projects[0]!.id,
      url: 'https://example.org/a',
      title: 'A',
      via: 'popup' as const,
      now: NOW,
    };
    expect(await failure(attachResource(db, request))).toMatch(NO_ROOM);
    expect(await db.resources.count()).toBe(0);
  });

  it('attaching several tabs writes none of them when the third fails', async () => {
    const { db, projects } = await imported();
    fillDiskAt(db.resources, 'creating', 3);
    const choices = [1, 2, 3, 4].map((n) => ({
      projectId: projects[n]!.id,
      url: `https://example.org/${n}`,
      title: `Page ${n}`,
    }));
    expect(await failure(attachTabs(db, choices, NOW))).toMatch(NO_ROOM);
    expect(await db.resources.count()).toBe(0);
  });

  it('finishing a session keeps the project, its sessions and the running timer as they were', async () => {
    const { db, projects } = await imported();
    const projectId = projects.find((p) => p.phase === 'queued')!.id;
    await startStudySession(db, { projectId, startedAt: NOW });
    const before = await userData(db);
    // The project's new progress and the session are written first; stopping the timer fails.
    fillDiskAt(db.sessions, 'deleting');
    const result = {
      kind: 'build' as const,
      minutes: 40,
      note: 'ok',
      now: NOW + 3_600_000,
      childrenDone: [],
      finished: true,
    };
    expect(await failure(finishStudySession(db, projectId, result))).toMatch(NO_ROOM);
    expect(await userData(db)).toEqual(before);
    expect(await db.sessions.get(projectId)).toBeDefined();
  });

  it('finishing a review whose write fails leaves the card unmoved', async () => {
    const { db, projects } = await imported();
    const projectId = projects.find((p) => p.phase === 'reviewing')!.id;
    await startStudySession(db, { projectId, startedAt: NOW });
    const before = await userData(db);
    fillDiskAt(db.reviews, 'creating');
    const result = {
      kind: 'review' as const,
      rating: 'easy' as const,
      minutes: 25,
      note: '',
      now: NOW + 3_600_000,
    };
    expect(await failure(finishStudySession(db, projectId, result))).toMatch(NO_ROOM);
    expect(await userData(db)).toEqual(before);
  });
});
