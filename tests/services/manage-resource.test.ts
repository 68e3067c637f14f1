import { beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { Project, Resource } from '../../lib/domain/types';
import { importRoadmap } from '../../lib/services/import-roadmap';
import {
  detachResource,
  markResourceOpened,
  moveResource,
} from '../../lib/services/manage-resource';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let from: Project;
let to: Project;

const resource = (id: string, projectId: string, url: string): Resource => ({
  id,
  projectId,
  url,
  title: id,
  kind: 'docs',
  attachedAt: NOW,
  via: 'popup',
});

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  [from, to] = (await db.projects.toCollection().sortBy('order')) as [Project, Project];
  await db.resources.bulkPut([
    resource('a', from.id, 'https://example.org/a'),
    resource('b', from.id, 'https://example.org/b'),
    resource('b-there', to.id, 'https://example.org/b'),
  ]);
});

describe('managing a project’s resources', () => {
  it('moves a resource to another project', async () => {
    await moveResource(db, 'a', to.id);
    expect((await db.resources.get('a'))?.projectId).toBe(to.id);
  });

  it('merges a moved page the target already has, so it is never listed twice', async () => {
    await moveResource(db, 'b', to.id);
    const there = await db.resources.where('projectId').equals(to.id).toArray();
    expect(there.map((r) => r.url)).toEqual(['https://example.org/b']);
    expect(await db.resources.get('b')).toBeUndefined();
  });

  it.each([
    [
      'only the moved row was read',
      { readAt: NOW + 5, note: 'ch. 3' },
      {},
      { readAt: NOW + 5, note: 'ch. 3' },
    ],
    ['only the target row was read', {}, { readAt: NOW + 7 }, { readAt: NOW + 7 }],
    [
      'both were read: the earlier',
      { readAt: NOW + 5 },
      { readAt: NOW + 9, note: 'kept' },
      { readAt: NOW + 5, note: 'kept' },
    ],
    ['neither was read', {}, {}, {}],
  ])('merging a moved page keeps its read state when %s', async (_, moved, there, expected) => {
    await db.resources.bulkPut([
      { ...resource('b', from.id, 'https://example.org/b'), ...moved },
      { ...resource('b-there', to.id, 'https://example.org/b'), ...there },
    ]);
    await moveResource(db, 'b', to.id);
    const kept = await db.resources.get('b-there');
    expect({ readAt: kept?.readAt, note: kept?.note }).toEqual({
      readAt: undefined,
      note: undefined,
      ...expected,
    });
  });

  it('merges by page, keeping the address that works over one that lost its fragment', async () => {
    await db.resources.bulkPut([
      resource('key', from.id, 'https://mega.nz/file/AbCdEf#SecretKey123'),
      resource('lost', to.id, 'https://mega.nz/file/AbCdEf'),
      resource('anchor', from.id, 'https://example.org/b/#usage'),
    ]);
    await moveResource(db, 'key', to.id);
    await moveResource(db, 'anchor', to.id);
    const there = await db.resources.where('projectId').equals(to.id).sortBy('id');
    expect(there.map((r) => [r.id, r.url])).toEqual([
      ['b-there', 'https://example.org/b'],
      ['lost', 'https://mega.nz/file/AbCdEf#SecretKey123'],
    ]);
  });

  it('leaves a resource moved to its own project in place', async () => {
    await moveResource(db, 'a', from.id);
    expect(await db.resources.get('a')).toMatchObject({ projectId: from.id });
  });

  it('refuses a target that is gone or archived, changing nothing', async () => {
    await expect(moveResource(db, 'a', 'gone')).rejects.toThrow(/no longer in your roadmap/);
    await db.projects.update(to.id, { archived: 1 });
    await expect(moveResource(db, 'a', to.id)).rejects.toThrow(/no longer in your roadmap/);
    expect((await db.resources.get('a'))?.projectId).toBe(from.id);
  });

  it('detaches and remembers when a page was opened', async () => {
    await markResourceOpened(db, 'a', NOW + 5);
    expect((await db.resources.get('a'))?.lastOpenedAt).toBe(NOW + 5);
    await detachResource(db, 'a');
    expect(await db.resources.get('a')).toBeUndefined();
    expect(await db.resources.count()).toBe(2);
  });
});
