import { describe, expect, it } from 'vitest';
import { readSyncReplica, saveSyncReplica, type SyncReplica } from '../../lib/db/sync-replica';
import { newClock } from '../../lib/domain/sync/hlc';
import { emptySyncState } from '../../lib/domain/sync/merge-sync-state';
import type { SyncBaseline } from '../../lib/domain/sync/sync-baseline';
import { backupDatabase } from '../../lib/services/backup-database';
import { importRoadmap } from '../../lib/services/import-roadmap';
import { readBackup, restoreBackup } from '../../lib/services/restore-backup';
import { exampleDatabase } from '../support/example-database';
import { EXAMPLE_ROADMAP, NOW } from '../support/test-database';

const BASELINE: SyncBaseline = {
  settings: {},
  objectiveOrder: [],
  targetDates: {},
  outline: 'digest',
  projects: {},
  reviews: {},
  pages: {},
};

const replica = (): SyncReplica => ({
  id: 'replica',
  device: 'device-a',
  clock: { ...newClock('device-a'), wall: NOW },
  state: emptySyncState(),
  baseline: BASELINE,
});

/** After these, the next sync must pull before it pushes: the replica forgets its baseline. */
describe('the sync replica', () => {
  it.each([
    [
      'a restore',
      async (db: Awaited<ReturnType<typeof exampleDatabase>>['db']) => {
        const file = await backupDatabase(db, new Date(NOW));
        await restoreBackup(db, readBackup(db, file.text, new Date(NOW)));
      },
    ],
    [
      'an import',
      async (db: Awaited<ReturnType<typeof exampleDatabase>>['db']) => {
        await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW + 1);
      },
    ],
  ])('%s forgets the baseline and keeps the device, its clock and state', async (_, write) => {
    const { db } = await exampleDatabase();
    await saveSyncReplica(db, replica());
    await write(db);
    const { baseline, ...rest } = replica();
    expect(baseline).toBeDefined();
    expect(await readSyncReplica(db)).toStrictEqual(rest);
  });

  it('a restore that fails keeps the baseline, and backups never carry the replica', async () => {
    const { db } = await exampleDatabase();
    await saveSyncReplica(db, replica());
    const file = await backupDatabase(db, new Date(NOW));
    expect(
      JSON.parse(file.text).data.data.map((t: { tableName: string }) => t.tableName),
    ).not.toContain('syncReplica');
    const backup = readBackup(db, file.text, new Date(NOW));
    const broken = { ...backup, tables: { ...backup.tables, reviews: [{ id: 'bad' }] } };
    await expect(restoreBackup(db, broken as typeof backup)).rejects.toThrow();
    expect(await readSyncReplica(db)).toStrictEqual(replica());
  });
});
