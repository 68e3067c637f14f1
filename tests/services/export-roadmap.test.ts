import { describe, expect, it } from 'vitest';
import { readActiveRoadmap } from '../../lib/db/roadmap-repository';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import { exportRoadmap } from '../../lib/services/export-roadmap';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

/** What must survive an export and re-import: objectives, projects, links and done flags. */
async function roadmapContent(db: ReturnType<typeof createTestDatabase>) {
  const { objectives, projects } = await readActiveRoadmap(db);
  return objectives.map((objective) => ({
    title: objective.title,
    projects: projects
      .filter((p) => p.objectiveId === objective.id)
      .map((p) => ({ title: p.title, links: p.links, done: p.done, children: p.children })),
  }));
}

describe('exportRoadmap', () => {
  it('writes a note that imports back to the same objectives, projects, links and done flags', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const first = (await db.projects.toArray()).find((p) => p.order === 0)!;
    await db.projects.update(first.id, {
      links: [...first.links, { url: 'https://example.com/a?b=1&c=(2)', label: 'extra | link' }],
      children: ['Read <script>alert(1)</script>', 'Write *notes*'],
    });
    const expected = await roadmapContent(db);

    const file = await exportRoadmap(db);
    expect(file.fileName).toBe('example-roadmap-export.md');
    const fresh = createTestDatabase();
    await importRoadmap(fresh, file.text, file.fileName, NOW);
    expect(await roadmapContent(fresh)).toEqual(expected);
    expect(expected).toHaveLength(4);
  });

  it('writes each done project’s next review as its local calendar day, blank for the others', async () => {
    const db = createTestDatabase();
    await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
    const docker = (await db.projects.toArray()).find((p) => p.title === 'Docker')!;
    const due = new Date(2026, 11, 3, 23, 30).getTime();
    await db.projects.update(docker.id, {
      phase: 'reviewing',
      done: true,
      card: {
        due,
        stability: 1,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 5,
        learningSteps: 0,
        reps: 1,
        lapses: 0,
        state: 2,
      },
    });
    const { text } = await exportRoadmap(db);
    const dockerRow = text.split('\n').find((line) => line.includes('- Docker'));
    expect(dockerRow).toContain(`| ${epochToDay(due)} |`);
    expect(epochToDay(due)).toBe('2026-12-03');
    const dated = text
      .split('\n')
      .filter((l) => l.startsWith('| <input') && /\d{4}-\d{2}-\d{2}/.test(l))
      .map((l) => /- ([^|]+?)\s*\|/.exec(l)?.[1]);
    // The projects done in the note have their first reviews; nothing still to build has a date.
    expect(dated.sort()).toEqual([
      'Docker',
      'PubSub system in Rust',
      'gVisor - [foreverVM](https://github.com/tripathi456/gvisor-based-python-repl)',
    ]);
  });

  it('refuses when there is nothing to export', async () => {
    await expect(exportRoadmap(createTestDatabase())).rejects.toThrow('no roadmap to export');
  });
});
