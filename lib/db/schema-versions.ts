import type { Transaction } from 'dexie';

/**
 * Every schema the database has ever had, oldest first. Never edit or remove a shipped entry:
 * add a new one with its upgrade, and a seed for it in tests/db/schema-upgrades.test.ts.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      roadmaps: 'id',
      objectives: 'id, roadmapId',
      projects: 'id, roadmapId, objectiveId, [roadmapId+key], status',
      resources: 'id, projectId, &[projectId+url], attachedAt',
      reviews: 'id, projectId, at',
      settings: 'id',
    },
  },
  {
    // The new-tab page paints today's plan from one precomputed row; study sessions in progress
    // (timer, tab group) survive closing the page.
    version: 2,
    stores: { snapshots: 'id', sessions: 'projectId' },
  },
];
