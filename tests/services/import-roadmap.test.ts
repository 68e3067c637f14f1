import { describe, expect, it } from 'vitest';
import { readActiveRoadmap } from '../../lib/db/roadmap-repository';
import { applyImport, importRoadmap, previewImport } from '../../lib/services/import-roadmap';
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
