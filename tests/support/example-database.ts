import { importRoadmap } from '../../lib/services/import-roadmap';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from './test-database';

/** A private database holding the example roadmap, imported at NOW, and a project finder. */
export async function exampleDatabase() {
  const db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  const byTitle = async (title: string) => {
    const project = (await db.projects.toArray()).find((p) => p.title === title);
    if (!project) throw new Error(`no project named ${title}`);
    return project;
  };
  return { db, byTitle };
}
