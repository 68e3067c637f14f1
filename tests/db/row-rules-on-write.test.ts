import { describe, expect, it } from 'vitest';
import { RowRuleError } from '../../lib/db/row-rule-error';
import { DEFAULT_SETTINGS, type Resource } from '../../lib/domain/types';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { userData } from '../support/user-data';
import { buildReview } from '../support/build-entities';

async function setup() {
  const db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const project = (await db.projects.toCollection().first())!;
  const resource: Resource = {
    id: 'r1',
    projectId: project.id,
    url: 'https://example.com/docs',
    title: 'Docs',
    kind: 'docs',
    attachedAt: NOW,
    via: 'popup',
  };
  return { db, project, resource };
}

type Setup = Awaited<ReturnType<typeof setup>>;

describe('every write follows the row rules a restore follows', () => {
  it.each<[string, (s: Setup) => Promise<unknown>, RegExp]>([
    [
      'a resource of no known kind',
      ({ db, resource }) => db.resources.add({ ...resource, kind: 'weird' as Resource['kind'] }),
      /resources row was refused: field "kind" holds "weird"/,
    ],
    [
      'a page address with credentials',
      ({ db, resource }) => db.resources.add({ ...resource, url: 'https://a:b@example.com/' }),
      /field "url"/,
    ],
    [
      'settings with an own __proto__ field',
      ({ db }) =>
        db.settings.put(
          JSON.parse(JSON.stringify(DEFAULT_SETTINGS).replace('{', '{"__proto__":{},')),
        ),
      /field "__proto__" holds \{\}/,
    ],
    [
      'settings the form refuses',
      ({ db }) => db.settings.put({ ...DEFAULT_SETTINGS, restDays: [0, 1, 2, 3, 4, 5, 6] }),
      /setting "restDays": Leave at least one day/,
    ],
    [
      'an update that leaves a project in no phase',
      ({ db, project }) => db.projects.update(project.id, { phase: 'done' as 'queued' }),
      /projects row was refused: field "phase"/,
    ],
    [
      'a session dated after the year 9999',
      ({ db, project }) =>
        db.reviews.add(
          buildReview({ projectId: project.id, at: Date.UTC(10_000, 0, 1), kind: 'build' }),
        ),
      /reviews row was refused: field "at"/,
    ],
  ])('refuses %s and changes nothing', async (_, write, message) => {
    const state = await setup();
    const before = await userData(state.db);
    const error = await write(state).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowRuleError);
    expect((error as Error).message).toMatch(message);
    expect(await userData(state.db)).toEqual(before);
  });

  it('a refused row inside a transaction undoes the rest of it', async () => {
    const { db, project, resource } = await setup();
    const before = await userData(db);
    const write = db.transaction('rw', db.projects, db.resources, async () => {
      await db.projects.update(project.id, { title: 'renamed' });
      await db.resources.add({ ...resource, title: 'x'.repeat(501) });
    });
    await expect(write).rejects.toThrow(/field "title"/);
    expect(await userData(db)).toEqual(before);
  });

  it('sound rows are written as they are', async () => {
    const { db, resource } = await setup();
    await db.resources.add(resource);
    expect(await db.resources.get('r1')).toEqual(resource);
  });
});
