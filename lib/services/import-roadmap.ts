import type { WaymarkDatabase } from '../db/database';
import {
  leaveOutObjectives,
  type ObjectiveChoice,
  type LeftOutObjective,
} from '../domain/roadmap/leave-out-objectives';
import { mergeRoadmap, type RoadmapMerge } from '../domain/roadmap/merge-roadmap';
import type { ParsedRoadmap } from '../domain/roadmap/parsed-roadmap';
import { titleFromSource } from '../domain/roadmap/title-from-source';
import { settleImportedPhases } from '../domain/schedule/settle-imported-phases';
import { readSettings } from '../db/settings-repository';
import { forgetSyncBaseline } from '../db/sync-replica';
import { validateSettings } from '../domain/settings/validate-settings';
import { UserError } from './user-error';

export interface ImportPreview {
  roadmapId: string;
  source: string;
  text: string;
  /** The whole note as parsed, left-out objectives included. */
  parsed: ParsedRoadmap;
  /** What importing the note without the left-out objectives changes. */
  merge: RoadmapMerge;
  /** The objectives left out (flattened titles): the stored choice, or the draft asked for. */
  leftOut: string[];
  /** A draft choice, saved with the import; false: the stored one, read again when applied. */
  draft: boolean;
  /** A linked note's text as last taken in: the base of the merge (see MergeContext). */
  base?: ParsedRoadmap;
  /** Every objective of the note with its state, and those left out by name. */
  objectives: ObjectiveChoice[];
  leftOutObjectives: LeftOutObjective[];
  /** Every objective with projects is left out: there is nothing to import. */
  nothingLeft: boolean;
}

export interface PreviewOptions {
  /** A draft of the objectives to leave out, instead of the stored choice. */
  leftOut?: readonly string[];
  /** The linked note as last taken in, so only boxes changed in the note since then count. */
  base?: ParsedRoadmap;
}

/** Said when an import would keep no objective at all. */
export const NOTHING_LEFT_MESSAGE =
  'Every objective of this note is left out: tick at least one to import it.';

/** Parses a note and works out what importing it would change, without writing anything. */
export async function previewImport(
  db: WaymarkDatabase,
  text: string,
  source: string,
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  // The markdown parser is the heaviest module: pages load it only when a note is parsed here.
  const { parseRoadmap } = await import('../domain/roadmap/parse-roadmap');
  return previewParsedImport(db, parseRoadmap(text), text, source, options);
}

/** The same preview for a note already parsed elsewhere (the import view parses in a worker). */
export async function previewParsedImport(
  db: WaymarkDatabase,
  parsed: ParsedRoadmap,
  text: string,
  source: string,
  options: PreviewOptions = {},
): Promise<ImportPreview> {
  const tables = [db.roadmaps, db.objectives, db.projects, db.settings];
  return db.transaction('r', tables, async () => {
    const roadmapId = (await db.roadmaps.toCollection().first())?.id ?? crypto.randomUUID();
    const draft = options.leftOut !== undefined;
    const leftOut = [...(options.leftOut ?? (await readSettings(db)).leftOutObjectives)];
    const choice = leaveOutObjectives(parsed, leftOut);
    const merge = await mergeWithStored(db, choice.roadmap, roadmapId, options.base);
    return {
      roadmapId,
      source,
      text,
      parsed,
      merge,
      leftOut,
      draft,
      objectives: choice.objectives,
      leftOutObjectives: choice.leftOut,
      nothingLeft: choice.nothingLeft,
      ...(options.base ? { base: options.base } : {}),
    };
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
    const stored = await readSettings(db);
    const leftOut = preview.draft ? preview.leftOut : stored.leftOutObjectives;
    const settings = { ...stored, leftOutObjectives: leftOut };
    if (preview.draft) {
      const errors = validateSettings(settings);
      if (errors.leftOutObjectives) throw new UserError(errors.leftOutObjectives);
      await db.settings.put(settings);
    }
    const choice = leaveOutObjectives(preview.parsed, leftOut);
    // Thrown inside the transaction, so nothing of the import is written.
    if (choice.nothingLeft) throw new UserError(NOTHING_LEFT_MESSAGE);
    const merge = await mergeWithStored(db, choice.roadmap, preview.roadmapId, preview.base);
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

async function mergeWithStored(
  db: WaymarkDatabase,
  parsed: ParsedRoadmap,
  roadmapId: string,
  base: ParsedRoadmap | undefined,
) {
  const [objectives, projects] = await Promise.all([
    db.objectives.where({ roadmapId }).toArray(),
    db.projects.where({ roadmapId }).toArray(),
  ]);
  return mergeRoadmap(
    parsed,
    { objectives, projects },
    { roadmapId, newId: () => crypto.randomUUID(), ...(base ? { base } : {}) },
  );
}

/**
 * The note's SHA-256, stored as `sourceHash` in roadmaps and backups. A content digest, not a short
 * id like `hashKey`: stored rows already hold SHA-256 values, so it stays.
 */
export async function hashText(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
