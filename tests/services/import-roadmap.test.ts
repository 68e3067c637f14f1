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
  it('shows added, changed and archived, and keeps resources and progress of matched projects', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const before = await db.projects.toArray();
    const lox = before.find((p) => p.title === 'Lox Interpreter')!;
    await db.projects.update(lox.id, { phase: 'building', builtMinutes: 120, sessionMinutes: 45 });
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
    // Ticked in the note: done, reviewed from the import day on, its build time kept.
    expect(after).toMatchObject({
      done: true,
      phase: 'reviewing',
      builtMinutes: 120,
      status: 'active',
      sessionMinutes: 45,
      archived: 0,
    });
    expect(after?.card?.lastReview).toBe(NOW + 1000);
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

  it('starts projects the note marks done as learned on the import day, first reviews spread over two weeks', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const projects = await db.projects.toArray();
    const done = projects.filter((p) => p.done);
    expect(done.map((p) => p.phase)).toEqual(['reviewing', 'reviewing']);
    const days = done.map((p) => Math.round((p.card!.due - NOW) / 86_400_000));
    expect(new Set(days).size).toBe(2);
    for (const day of days) expect(day >= 1 && day <= 14).toBe(true);
    expect(projects.filter((p) => !p.done).every((p) => p.phase === 'queued' && !p.card)).toBe(
      true,
    );
  });

  it('a project the note no longer marks done goes back to building', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const unticked = EXAMPLE_ROADMAP.replace(
      '<input type="checkbox" checked id="7d8cec">',
      '<input type="checkbox" id="7d8cec">',
    );
    await importRoadmap(db, unticked, 'example-roadmap.md', NOW + 1000);
    const pubsub = (await db.projects.toArray()).find((p) => p.title === 'PubSub system in Rust');
    expect(pubsub).toMatchObject({ done: false, phase: 'building' });
  });
});
