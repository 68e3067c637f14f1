import { describe, expect, it } from 'vitest';
import { readActiveRoadmap } from '../../lib/db/roadmap-repository';
import {
  applyImport,
  importRoadmap,
  previewImport,
  summariseImport,
} from '../../lib/services/import-roadmap';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

describe('importRoadmap', () => {
  it('imports the example note as 4 objectives and 16 projects in note order', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const { objectives, projects } = await readActiveRoadmap(db);
    expect(objectives.map((o) => o.title)).toEqual([
      'To get into a distributed systems role',
      'ML Infra / AI Infra',
      'AI Engineer - Build reliable apps on AI stack',
      'ML Distributed Training',
    ]);
    expect(projects).toHaveLength(16);
    expect(projects.filter((p) => p.done).map((p) => p.title)).toEqual([
      'PubSub system in Rust',
      'gVisor - foreverVM',
    ]);
    expect(projects.find((p) => p.title === 'gVisor - foreverVM')?.links[0]?.url).toBe(
      'https://github.com/tripathi456/gvisor-based-python-repl',
    );
    const roadmap = await db.roadmaps.toCollection().first();
    expect(roadmap).toMatchObject({
      source: 'example-roadmap.md',
      importedAt: NOW,
      tags: ['projects'],
    });
    expect(roadmap?.rawText).toBe(EXAMPLE_ROADMAP);
  });

  it('previews without writing anything', async () => {
    const db = createTestDatabase();
    const preview = await previewImport(db, EXAMPLE_ROADMAP, 'example-roadmap.md');
    expect(preview.merge.diff.added).toHaveLength(16);
    expect(await db.projects.count()).toBe(0);
    expect(await db.roadmaps.count()).toBe(0);
    await applyImport(db, preview, NOW);
    expect(await db.projects.count()).toBe(16);
  });

  it('re-importing the same note changes nothing and keeps every id', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const before = await db.projects.toArray();
    const merge = await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW + 1000);
    expect(merge.diff.added).toEqual([]);
    expect(merge.diff.archived).toEqual([]);
    expect(await db.projects.toArray()).toEqual(before);
    expect(await db.roadmaps.count()).toBe(1);
  });

  it('archives a project removed from the note instead of deleting it', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const docker = (await db.projects.toArray()).find((p) => p.title === 'Docker');
    const edited = EXAMPLE_ROADMAP.split('\n')
      .filter((line) => !line.includes('- Docker '))
      .join('\n');
    const merge = await importRoadmap(db, edited, 'example-roadmap.md', NOW + 1000);
    expect(merge.diff.archived).toEqual(['Docker']);
    expect(await db.projects.get(docker!.id)).toMatchObject({ archived: 1, title: 'Docker' });
    expect((await readActiveRoadmap(db)).projects).toHaveLength(15);
  });

  it('rejects an empty note and writes nothing', async () => {
    const db = createTestDatabase();
    await expect(importRoadmap(db, '---\ntags: [x]\n---\n', 'empty.md', NOW)).rejects.toThrow(
      'nothing to import',
    );
    expect(await db.roadmaps.count()).toBe(0);
  });
});

describe('re-import diff', () => {
  it('shows added, changed and archived, and keeps resources, reviews and card of matched projects', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const before = await db.projects.toArray();
    const lox = before.find((p) => p.title === 'Lox Interpreter')!;
    const card = {
      due: NOW + 3 * 86_400_000,
      stability: 4,
      difficulty: 5,
      elapsedDays: 1,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 2,
      lapses: 0,
      state: 2 as const,
    };
    await db.projects.update(lox.id, { card, status: 'active', sessionMinutes: 45 });
    await db.resources.add({
      id: 'res',
      projectId: lox.id,
      url: 'https://craftinginterpreters.com/',
      title: 'Crafting Interpreters',
      kind: 'docs',
      attachedAt: NOW,
      via: 'popup',
    });

    const edited = EXAMPLE_ROADMAP.split('\n')
      .filter((line) => !line.includes('- Docker '))
      .map((line) =>
        line.includes('- Lox Interpreter')
          ? line.replace(/^\|\s+\|/, '| <input type="checkbox" checked> |')
          : line,
      )
      .join('\n')
      // A new last row of the table (the note may end with blank lines).
      .trimEnd()
      .concat('\n|<input type="checkbox" unchecked id="new001">| | - Brand new project |\n');
    const preview = await previewImport(db, edited, 'example-roadmap.md');
    expect(preview.merge.diff.added).toEqual(['Brand new project']);
    expect(preview.merge.diff.archived).toEqual(['Docker']);
    expect(preview.merge.diff.changed).toEqual([{ title: 'Lox Interpreter', what: ['done'] }]);
    expect(await db.projects.count()).toBe(16);

    await applyImport(db, preview, NOW + 1000);
    const after = await db.projects.get(lox.id);
    expect(after).toMatchObject({
      done: true,
      card,
      status: 'active',
      sessionMinutes: 45,
      archived: 0,
    });
    expect(await db.resources.get('res')).toMatchObject({ projectId: lox.id });
    expect(summariseImport(preview.merge).reduce((sum, o) => sum + o.projects, 0)).toBe(16);
  });

  it('summarises each objective with its project and done counts', async () => {
    const db = createTestDatabase();
    const preview = await previewImport(db, EXAMPLE_ROADMAP, 'example-roadmap.md');
    const summary = summariseImport(preview.merge);
    expect(summary).toHaveLength(4);
    expect(summary.reduce((sum, o) => sum + o.projects, 0)).toBe(16);
    expect(summary.reduce((sum, o) => sum + o.done, 0)).toBe(2);
  });
});
