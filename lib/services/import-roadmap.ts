import type { WaymarkDatabase } from '../db/database';
import { mergeRoadmap, type RoadmapMerge } from '../domain/roadmap/merge-roadmap';
import type { ParsedRoadmap } from '../domain/roadmap/parsed-roadmap';
import { titleFromSource } from '../domain/roadmap/title-from-source';
import { settleImportedPhases } from '../domain/schedule/settle-imported-phases';
import { readSettings } from '../db/settings-repository';
import { forgetSyncBaseline } from '../db/sync-replica';

export interface ImportPreview {
  roadmapId: string;
  source: string;
  text: string;
  parsed: ParsedRoadmap;
  merge: RoadmapMerge;
}

/** Parses a note and works out what importing it would change, without writing anything. */
export async function previewImport(
  db: WaymarkDatabase,
  text: string,
  source: string,
): Promise<ImportPreview> {
  // The markdown parser is the heaviest module: pages load it only when a note is parsed here.
  const { parseRoadmap } = await import('../domain/roadmap/parse-roadmap');
  return previewParsedImport(db, parseRoadmap(text), text, source);
}

/** The same preview for a note already parsed elsewhere (the import view parses in a worker). */
export async function previewParsedImport(
  db: WaymarkDatabase,
  parsed: ParsedRoadmap,
  text: string,
  source: string,
): Promise<ImportPreview> {
  return db.transaction('r', db.roadmaps, db.objectives, db.projects, async () => {
    const roadmapId = (await db.roadmaps.toCollection().first())?.id ?? crypto.randomUUID();
    const merge = await mergeWithStored(db, parsed, roadmapId);
    return { roadmapId, source, text, parsed, merge };
  });
}

/**
 * Writes a previewed import in one transaction. The merge is redone against what is stored at that
 * moment, so a change made elsewhere since the preview is merged, not overwritten.
 */
export async function applyImport(
  db: WaymarkDatabase,
  preview: ImportPreview,
  now: number,
): Promise<RoadmapMerge> {
  const sourceHash = await hashText(preview.text);
  const tables = [db.roadmaps, db.objectives, db.projects, db.settings, db.syncReplica];
  return db.transaction('rw', tables, async () => {
    // Sync forgets what it last saw here, so its next run pulls before it pushes anything.
    await forgetSyncBaseline(db);
    const merge = await mergeWithStored(db, preview.parsed, preview.roadmapId);
    const settings = await readSettings(db);
    const previous = await db.roadmaps.get(preview.roadmapId);
    await db.roadmaps.put({
      id: preview.roadmapId,
      title: preview.parsed.title ?? previous?.title ?? titleFromSource(preview.source),
      source: preview.source,
      sourceHash,
      importedAt: now,
      tags: preview.parsed.tags,
      rawText: preview.text,
    });
    await db.objectives.bulkPut(merge.objectives);
    // The note's done boxes decide phases: newly done projects start their reviews today.
    await db.projects.bulkPut(settleImportedPhases(merge.projects, now, settings));
    return merge;
  });
}

export interface ObjectiveSummary {
  title: string;
  projects: number;
  done: number;
}

/** What the preview lists: each objective the import keeps, with its project and done counts. */
export function summariseImport(merge: RoadmapMerge): ObjectiveSummary[] {
  const byObjective = new Map<string, ObjectiveSummary>();
  for (const objective of merge.objectives) {
    if (objective.archived === 0) {
      byObjective.set(objective.id, { title: objective.title, projects: 0, done: 0 });
    }
  }
  for (const project of merge.projects) {
    const summary = project.archived === 0 ? byObjective.get(project.objectiveId) : undefined;
    if (!summary) continue;
    summary.projects++;
    if (project.done) summary.done++;
  }
  return [...byObjective.values()].filter((summary) => summary.projects > 0);
}

export async function importRoadmap(
  db: WaymarkDatabase,
  text: string,
  source: string,
  now: number,
): Promise<RoadmapMerge> {
  return applyImport(db, await previewImport(db, text, source), now);
}

async function mergeWithStored(db: WaymarkDatabase, parsed: ParsedRoadmap, roadmapId: string) {
  const [objectives, projects] = await Promise.all([
    db.objectives.where({ roadmapId }).toArray(),
    db.projects.where({ roadmapId }).toArray(),
  ]);
  return mergeRoadmap(
    parsed,
    { objectives, projects },
    { roadmapId, newId: () => crypto.randomUUID() },
  );
}

/**
 * The note's SHA-256, stored as `sourceHash` in roadmaps and backups. A content digest, not a short
 * id like `hashKey`: stored rows already hold SHA-256 values, so it stays.
 */
async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
