import { describe, expect, it } from 'vitest';
import { readSettings } from '../../lib/db/settings-repository';
import {
  applyImport,
  importRoadmap,
  NOTHING_LEFT_MESSAGE,
  previewImport,
  summariseImport,
} from '../../lib/services/import-roadmap';
import { UserError } from '../../lib/services/user-error';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

const SOURCE = 'example-roadmap.md';
const LEFT = 'ML Infra / AI Infra';
const ALL = [
  'To get into a distributed systems role',
  LEFT,
  'AI Engineer - Build reliable apps on AI stack',
  'ML Distributed Training',
];

/** The example imported, one project of LEFT in the middle of being built. */
async function importedWithProgress() {
  const db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, SOURCE, NOW);
  const objective = (await db.objectives.toArray()).find((o) => o.title === LEFT)!;
  const inLeft = await db.projects.where({ objectiveId: objective.id }).toArray();
  const building = inLeft.find((p) => !p.done)!;
  await db.projects.put({ ...building, phase: 'building', builtMinutes: 90 });
  return { db, objective, inLeft: inLeft.map((p) => p.id), building: building.id };
}

const live = async (db: ReturnType<typeof createTestDatabase>) =>
  (await db.projects.toArray()).filter((p) => p.archived === 0);

describe('objectives left out of an import', () => {
  it('a draft choice shows its projects as archived and writes nothing', async () => {
    const { db, inLeft } = await importedWithProgress();
    const before = await db.projects.toArray();
    const preview = await previewImport(db, EXAMPLE_ROADMAP, SOURCE, { leftOut: [LEFT] });
    expect(preview.merge.diff.archived).toHaveLength(inLeft.length);
    expect(summariseImport(preview.merge).map((o) => o.title)).toEqual(
      ALL.filter((t) => t !== LEFT),
    );
    expect(preview.objectives.map((o) => [o.path, o.leftOut])).toEqual(
      ALL.map((t) => [t, t === LEFT]),
    );
    expect(preview.leftOutObjectives).toEqual([{ title: LEFT, projects: inLeft.length }]);
    expect(await db.projects.toArray()).toEqual(before);
    expect((await readSettings(db)).leftOutObjectives).toEqual([]);
  });

  it('applying the draft saves the choice; every re-import keeps the objective out', async () => {
    const { db, inLeft } = await importedWithProgress();
    await applyImport(
      db,
      await previewImport(db, EXAMPLE_ROADMAP, SOURCE, { leftOut: [LEFT] }),
      NOW + 1,
    );
    expect((await readSettings(db)).leftOutObjectives).toEqual([LEFT]);

    const again = await previewImport(db, EXAMPLE_ROADMAP, SOURCE);
    expect(again.draft).toBe(false);
    expect(again.leftOut).toEqual([LEFT]);
    const merge = await applyImport(db, again, NOW + 2);
    expect(merge.diff.added).toEqual([]);
    const ids = (await live(db)).map((p) => p.id);
    expect(inLeft.filter((id) => ids.includes(id))).toEqual([]);
    const objective = (await db.objectives.toArray()).find((o) => o.title === LEFT);
    expect(objective?.archived).toBe(1);
  });

  it('taking it back in restores its projects, their ids and progress', async () => {
    const { db, inLeft, building, objective } = await importedWithProgress();
    await applyImport(
      db,
      await previewImport(db, EXAMPLE_ROADMAP, SOURCE, { leftOut: [LEFT] }),
      NOW + 1,
    );
    const back = await previewImport(db, EXAMPLE_ROADMAP, SOURCE, { leftOut: [] });
    expect(back.merge.diff.added).toEqual([]);
    expect(back.merge.diff.changed.filter((c) => c.what.includes('restored'))).toHaveLength(
      inLeft.length,
    );
    await applyImport(db, back, NOW + 2);
    expect((await readSettings(db)).leftOutObjectives).toEqual([]);
    expect((await live(db)).filter((p) => inLeft.includes(p.id))).toHaveLength(inLeft.length);
    expect(await db.projects.get(building)).toMatchObject({
      phase: 'building',
      builtMinutes: 90,
      objectiveId: objective.id,
      archived: 0,
    });
  });

  it('the stored choice is read again when applied, not the one previewed', async () => {
    const { db, inLeft } = await importedWithProgress();
    const preview = await previewImport(db, EXAMPLE_ROADMAP, SOURCE);
    // Another page (or a synced device) leaves the objective out meanwhile.
    await db.settings.put({ ...(await readSettings(db)), leftOutObjectives: [LEFT] });
    await applyImport(db, preview, NOW + 1);
    const ids = (await live(db)).map((p) => p.id);
    expect(inLeft.filter((id) => ids.includes(id))).toEqual([]);
  });

  it('refuses to import a note with every objective left out, and writes nothing', async () => {
    const { db } = await importedWithProgress();
    const before = await db.projects.toArray();
    const preview = await previewImport(db, EXAMPLE_ROADMAP, SOURCE, { leftOut: ALL });
    expect(preview.nothingLeft).toBe(true);
    const applying = applyImport(db, preview, NOW + 1);
    await expect(applying).rejects.toThrow(UserError);
    await expect(applying).rejects.toThrow(NOTHING_LEFT_MESSAGE);
    expect(await db.projects.toArray()).toEqual(before);
    expect((await readSettings(db)).leftOutObjectives).toEqual([]);
  });

  it('refuses a draft longer than the settings keep', async () => {
    const { db } = await importedWithProgress();
    const tooMany = Array.from({ length: 501 }, (_, i) => `Objective ${i}`);
    const preview = await previewImport(db, EXAMPLE_ROADMAP, SOURCE, { leftOut: tooMany });
    await expect(applyImport(db, preview, NOW + 1)).rejects.toThrow(UserError);
    expect((await readSettings(db)).leftOutObjectives).toEqual([]);
  });
});
