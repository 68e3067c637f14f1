import type { Transaction } from 'dexie';
import { settingsFromRow } from '../domain/settings/settings-from-row';
import { upgradeProgress } from '../domain/schedule/upgrade-progress';
import type { Settings } from '../domain/types';

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
  {
    // Projects gain phases (queued, building, reviewing) and sessions a kind (build or review);
    // "new projects per week" becomes "projects in progress". The index serves "what is building".
    version: 3,
    stores: { projects: 'id, roadmapId, objectiveId, [roadmapId+key], status, phase' },
    upgrade: async (tx) => {
      const stored: Partial<Settings> | undefined = await tx.table('settings').get('settings');
      const settings = settingsFromRow(stored);
      const { projects, reviews } = upgradeProgress(
        await tx.table('projects').toArray(),
        await tx.table('reviews').toArray(),
        // The upgrade runs once, at the edge: the clock is read here, never in the domain.
        Date.now(),
        settings,
      );
      if (stored) await tx.table('settings').put(settings);
      await tx.table('projects').bulkPut(projects);
      await tx.table('reviews').bulkPut(reviews);
    },
  },
];
