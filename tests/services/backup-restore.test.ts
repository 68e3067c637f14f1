import { describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { DEFAULT_SETTINGS } from '../../lib/domain/types';
import { backupDatabase } from '../../lib/services/backup-database';
import { BACKUP_TABLES, BackupError, DERIVED_TABLES } from '../../lib/services/backup-format';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readBackup, restoreBackup, summariseBackup } from '../../lib/services/restore-backup';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

/** Every row of every table of the user's data, in key order. */
async function snapshot(db: WaymarkDatabase) {
  const tables: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES) tables[name] = await db.table(name).toArray();
  return tables;
}

/** A database with a row in every table, including optional fields and odd names. */
async function seed(db: WaymarkDatabase) {
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const project = (await db.projects.toArray()).find((p) => p.order === 0);
  const card = {
    due: NOW + 86_400_000,
    stability: 3.2,
    difficulty: 5.1,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 1 as const,
    lastReview: NOW,
  };
  await db.projects.update(project!.id, { card, status: 'active', notBefore: NOW });
  await db.resources.add({
    id: 'r1',
    projectId: project!.id,
    url: 'https://example.com/__proto__',
    title: 'constructor',
    kind: 'docs',
    attachedAt: NOW,
    // An own property holding undefined travels through the file as a Typeson mark.
    lastOpenedAt: undefined,
    via: 'popup',
  });
  await db.reviews.add({
    id: 'v1',
    projectId: project!.id,
    at: NOW,
    rating: 'good',
    minutes: 30,
    note: 'fine',
    statusBefore: 'new',
  });
  await db.sessions.put({ projectId: project!.id, startedAt: NOW, groupId: 7 });
  await db.settings.put({
    ...DEFAULT_SETTINGS,
    restDays: [0],
    breaks: [{ from: '2026-12-24', to: '2026-12-26' }],
  });
}

async function wipe(db: WaymarkDatabase) {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((t) => t.clear())));
}

describe('backup and restore', () => {
  it('covers every table of the database, derived caches apart', () => {
    expect([...BACKUP_TABLES, ...DERIVED_TABLES].sort()).toEqual(
      createTestDatabase()
        .tables.map((t) => t.name)
        .sort(),
    );
  });

  it('export, wipe, restore gives back identical data in every table', async () => {
    const db = createTestDatabase();
    await seed(db);
    const before = await snapshot(db);
    const file = await backupDatabase(db, new Date(2026, 10, 28, 10));
    expect(file.fileName).toBe('waymark-backup-2026-11-28.json');
    const json = JSON.parse(file.text);
    expect(json.waymark).toMatchObject({ format: 'waymark-backup', version: 1 });
    expect(json.waymark.exportedAt).toBe(new Date(2026, 10, 28, 10).toISOString());

    await wipe(db);
    expect(await db.projects.count()).toBe(0);
    const backup = readBackup(db, file.text);
    expect(summariseBackup(backup).rows).toMatchObject({ projects: 16, resources: 1, reviews: 1 });
    await restoreBackup(db, backup);
    expect(await snapshot(db)).toStrictEqual(before);
    expect(Object.hasOwn((await db.resources.get('r1'))!, 'lastOpenedAt')).toBe(true);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
  });

  it('restore replaces what is there instead of merging into it', async () => {
    const db = createTestDatabase();
    await seed(db);
    const file = await backupDatabase(db, new Date(NOW));
    const before = await snapshot(db);
    await db.resources.add({
      ...(await db.resources.get('r1'))!,
      id: 'extra',
      url: 'https://x.example/',
    });
    await restoreBackup(db, readBackup(db, file.text));
    expect(await snapshot(db)).toEqual(before);
  });

  it('a restore that fails midway leaves the previous data intact', async () => {
    const db = createTestDatabase();
    await seed(db);
    const file = await backupDatabase(db, new Date(NOW));
    const json = JSON.parse(file.text);
    // Two resources with the same project and URL break the unique index after the clears ran.
    const resources = json.data.data.find(
      (t: { tableName: string }) => t.tableName === 'resources',
    );
    resources.rows.push({ ...resources.rows[0], id: 'r2' });
    await db.reviews.add({ ...(await db.reviews.get('v1'))!, id: 'only-here' });
    const before = await snapshot(db);
    await expect(restoreBackup(db, readBackup(db, JSON.stringify(json)))).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile files are any shape
  const hostile: [string, (json: any) => unknown, RegExp][] = [
    [
      'a Dexie export without Waymark’s marker',
      (j) => ({ ...j, waymark: undefined }),
      /not a Waymark backup/,
    ],
    [
      'a newer format version',
      (j) => ({ ...j, waymark: { ...j.waymark, version: 2 } }),
      /format version 2/,
    ],
    [
      'another database version',
      (j) => ({ ...j, data: { ...j.data, databaseVersion: 99 } }),
      /different version/,
    ],
    [
      'an unknown table',
      (j) => addTable(j, { tableName: 'evil', inbound: true, rows: [] }),
      /unknown table: evil/,
    ],
    ['a missing table', (j) => dropTable(j, 'settings'), /missing tables: settings/],
    [
      'a table twice',
      (j) => addTable(j, { tableName: 'reviews', inbound: true, rows: [] }),
      /reviews appears twice/,
    ],
    [
      'a row that is not a record',
      (j) => editRows(j, 'projects', (rows) => rows.push('x')),
      /projects, row 17 is not a record/,
    ],
    [
      'a project without a title',
      (j) => editRows(j, 'projects', (rows) => delete rows[0].title),
      /projects, row 1: field "title"/,
    ],
    [
      'a javascript: link',
      (j) =>
        editRows(
          j,
          'projects',
          (rows) => (rows[0].links = [{ url: 'javascript:alert(1)', label: 'x' }]),
        ),
      /field "links"/,
    ],
    [
      'a data: resource',
      (j) => editRows(j, 'resources', (rows) => (rows[0].url = 'data:text/html,hi')),
      /resources, row 1: field "url"/,
    ],
    [
      'a bad status',
      (j) => editRows(j, 'projects', (rows) => (rows[0].status = 'owned')),
      /field "status"/,
    ],
    [
      'a Typeson type Waymark never writes',
      (j) => editRows(j, 'projects', (rows) => (rows[0].$types = { title: 'date' })),
      /never writes \(date\)/,
    ],
    [
      'an inherited field only',
      (j) =>
        editRows(j, 'objectives', (rows) => {
          delete rows[0].title;
          rows[0].__proto__ = { title: 'x' };
        }),
      /field "title"/,
    ],
  ];

  it.each(hostile)('refuses %s and changes nothing', async (_, edit, message) => {
    const db = createTestDatabase();
    await seed(db);
    const file = await backupDatabase(db, new Date(NOW));
    await db.projects.update((await db.projects.toCollection().first())!.id, {
      title: 'changed since',
    });
    const before = await snapshot(db);
    const text = JSON.stringify(edit(JSON.parse(file.text)));
    expect(() => readBackup(db, text)).toThrow(BackupError);
    expect(() => readBackup(db, text)).toThrow(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['truncated', (text: string) => text.slice(0, text.length / 2), /truncated/],
    ['not JSON at all', () => '# a note', /not complete JSON/],
    ['JSON but not an object', () => '[1,2]', /not a Waymark backup file/],
    ['null', () => 'null', /not a Waymark backup file/],
  ])('refuses a %s file', async (_, edit, message) => {
    const db = createTestDatabase();
    await seed(db);
    const file = await backupDatabase(db, new Date(NOW));
    expect(() => readBackup(db, edit(file.text))).toThrow(message);
  });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are edited freely
type Rows = any[];
type Json = { data: { data: { tableName: string; rows: Rows }[] } };
function addTable(json: Json, table: unknown) {
  json.data.data.push(table as Json['data']['data'][number]);
  return json;
}
function dropTable(json: Json, name: string) {
  json.data.data = json.data.data.filter((t) => t.tableName !== name);
  return json;
}
function editRows(json: Json, name: string, edit: (rows: Rows) => unknown) {
  edit(json.data.data.find((t) => t.tableName === name)!.rows);
  return json;
}
