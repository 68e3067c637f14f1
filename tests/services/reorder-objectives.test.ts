import { beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readSettings } from '../../lib/db/settings-repository';
import { computePlan } from '../../lib/services/compute-plan';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { moveObjectiveTo, resetObjectiveOrder } from '../../lib/services/reorder-objectives';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let noteOrder: string[];

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  noteOrder = (await db.objectives.toCollection().sortBy('order')).map((o) => o.id);
});

describe('reordering objectives', () => {
  it('stores the whole order after a move, and back to the note order on reset', async () => {
    const [first, second, third, fourth] = noteOrder;
    await moveObjectiveTo(db, fourth!, 0);
    expect((await readSettings(db)).objectiveOrder).toEqual([fourth, first, second, third]);
    await moveObjectiveTo(db, first!, 3);
    expect((await readSettings(db)).objectiveOrder).toEqual([fourth, second, third, first]);
    await resetObjectiveOrder(db);
    expect((await readSettings(db)).objectiveOrder).toEqual([]);
  });

  it('applies moves made at once from two pages one after the other', async () => {
    const [first, second, , fourth] = noteOrder;
    await Promise.all([moveObjectiveTo(db, fourth!, 0), moveObjectiveTo(db, second!, 0)]);
    const order = (await readSettings(db)).objectiveOrder;
    expect(order).toHaveLength(4);
    expect(new Set(order)).toEqual(new Set(noteOrder));
    expect(order.slice(0, 2).sort()).toEqual([fourth, second].sort());
    expect(order[2]).toBe(first);
  });

  it('plans new projects from the objective moved to the top first', async () => {
    const last = noteOrder.at(-1)!;
    const firstNew = async () => {
      const { plan } = await computePlan(db, NOW, 1);
      const projectId = plan.days[0]!.sessions[0]!.projectId;
      return (await db.projects.get(projectId))!.objectiveId;
    };
    expect(await firstNew()).toBe(noteOrder[0]);
    await moveObjectiveTo(db, last, 0);
    expect(await firstNew()).toBe(last);
  });

  it('refuses to move an objective that is gone, changing nothing', async () => {
    await expect(moveObjectiveTo(db, 'gone', 0)).rejects.toThrow(/no longer in your roadmap/);
    expect((await readSettings(db)).objectiveOrder).toEqual([]);
  });
});
