import type { WaymarkDatabase } from '../db/database';
import { exportRoadmapMarkdown } from '../domain/roadmap/export-roadmap-markdown';
import { epochToDay } from '../domain/schedule/day-index';

export interface MarkdownFile {
  fileName: string;
  text: string;
}

/** The stored roadmap as a note in the example's table format, with each next review date. */
export async function exportRoadmap(db: WaymarkDatabase): Promise<MarkdownFile> {
  return db.transaction('r', db.roadmaps, db.objectives, db.projects, async () => {
    const roadmap = await db.roadmaps.toCollection().first();
    if (!roadmap) throw new Error('There is no roadmap to export yet.');
    const [objectives, projects] = await Promise.all([
      db.objectives.where({ roadmapId: roadmap.id }).toArray(),
      db.projects.where({ roadmapId: roadmap.id }).toArray(),
    ]);
    // Only a done project has a next session of its own: a review on its card's day.
    const due = new Map(
      projects.map((p) => [p.id, p.phase === 'reviewing' ? p.card?.due : undefined]),
    );
    const text = exportRoadmapMarkdown({
      title: roadmap.title,
      tags: roadmap.tags,
      objectives,
      projects,
      nextSession: (id) => {
        const at = due.get(id);
        // The local calendar day: the day the planner shows the session on.
        return at === undefined ? null : epochToDay(at);
      },
    });
    const base = roadmap.source.replace(/\.(md|markdown|txt)$/i, '') || 'roadmap';
    return { fileName: `${base}-export.md`, text };
  });
}
