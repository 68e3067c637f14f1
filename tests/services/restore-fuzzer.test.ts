import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createBackupStore } from '../../lib/db/backup-store';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readStudiedDays } from '../../lib/db/studied-days';
import { planOutlook } from '../../lib/domain/schedule/plan-outlook';
import { backupDatabase } from '../../lib/services/backup-database';
import { BACKUP_TABLES, BackupError } from '../../lib/services/backup-format';
import { computePlan } from '../../lib/services/compute-plan';
import { computeToday } from '../../lib/services/compute-today';
import { readRoadmapPlan } from '../../lib/services/read-roadmap-plan';
import { readStats } from '../../lib/services/read-stats';
import { readBackup, restoreBackup } from '../../lib/services/restore-backup';
import { takeRollingBackup } from '../../lib/services/rolling-backups';
import { restoreKeepingSafetyCopy, undoLastRestore } from '../../lib/services/safety-copy';
import { createTestDatabase, NOW } from '../support/test-database';
import { userData } from '../support/user-data';

const AT = new Date(NOW);
const LATER = new Date(NOW + 86_400_000);

type Json = { data: { data: { tableName: string; rows: Record<string, unknown>[] }[] } };

/** A real export with a row in every table: the format 1 fixture, restored and exported today. */
async function realExport(): Promise<string> {
  const db = createTestDatabase();
  const v1 = readFileSync('tests/fixtures/backups/waymark-backup-v1.json', 'utf8');
  await restoreBackup(db, readBackup(db, v1, AT));
  return (await backupDatabase(db, AT)).text;
}

/** Values that crafted or damaged files hold, next to ones that look right. */
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    {},
    [],
    [{}],
    -1,
    0,
    1.5,
    8.64e15,
    1e308,
    'x'.repeat(600),
    'javascript:alert(1)',
    'https://user:secret@example.com/',
    'mailto:a@example.com',
    '2026-02-30',
    'nowhere',
    'settings',
    { from: 1 },
    { due: 0 },
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
);

/** One change to a file: a field set or deleted (maybe one level down), a row copied or dropped. */
const mutation = fc.record({
  table: fc.constantFrom(...BACKUP_TABLES),
  row: fc.nat(),
  action: fc.constantFrom('set', 'delete', 'copy', 'drop', 'swap'),
  key: fc.nat(),
  deeper: fc.boolean(),
  extraKey: fc.constantFrom(null, '__proto__', 'extra', '$types', 'constructor'),
  value: hostileValue,
  other: fc.nat(),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(json: Json, change: Mutation): void {
  const table = json.data.data.find((t) => t.tableName === change.table)!;
  if (table.rows.length === 0) return;
  const index = change.row % table.rows.length;
  let row = table.rows[index]!;
  if (change.action === 'copy') return void table.rows.push(structuredClone(row));
  if (change.action === 'drop') return void table.rows.splice(index, 1);
  if (change.action === 'swap') {
    // A reference or id taken from another row: looks valid, may point at the wrong place.
    const other = table.rows[change.other % table.rows.length]!;
    const key = Object.keys(row)[change.key % Object.keys(row).length]!;
    row[key] = structuredClone(other[key]);
    return;
  }
  const keys = Object.keys(row);
  let key = change.extraKey ?? keys[change.key % keys.length]!;
  const inner = row[key];
  if (change.deeper && change.extraKey === null && inner && typeof inner === 'object') {
    const innerKeys = Object.keys(inner);
    if (innerKeys.length > 0) {
      row = inner as Record<string, unknown>;
      key = innerKeys[change.other % innerKeys.length]!;
    }
  }
  if (change.action === 'delete') Reflect.deleteProperty(row, key);
  else Object.defineProperty(row, key, { value: change.value, enumerable: true, writable: true });
}

/** Everything a user does with the data afterwards: every view's read, export, daily backup. */
async function useEverything(db: WaymarkDatabase, store: ReturnType<typeof createBackupStore>) {
  const now = LATER.getTime();
  await computeToday(db, now);
  await readStats(db, now);
  await computePlan(db, now, 60, 'end');
  await readStudiedDays(db);
  planOutlook((await readRoadmapPlan(db, now)).input, () => {});
  readBackup(db, (await backupDatabase(db, LATER)).text, LATER);
  expect(await takeRollingBackup(db, store, LATER)).not.toBeNull();
}

describe('restore fuzzer: random changes to a real export', () => {
  it('each file is refused with nothing changed, or restores into data every feature can use', async () => {
    const exported = await realExport();
    let refused = 0;
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const db = createTestDatabase();
        const store = createBackupStore({ indexedDB: new IDBFactory(), IDBKeyRange });
        await restoreBackup(db, readBackup(db, exported, AT));
        const before = await userData(db);
        const json = JSON.parse(exported) as Json;
        for (const change of changes) mutate(json, change);
        let backup;
        try {
          backup = readBackup(db, JSON.stringify(json), AT);
        } catch (error) {
          expect(error).toBeInstanceOf(BackupError);
          expect(await userData(db)).toEqual(before);
          refused++;
          return;
        }
        await restoreKeepingSafetyCopy(db, store, backup, AT);
        restored++;
        await useEverything(db, store);
        await undoLastRestore(db, store, LATER);
        expect(await userData(db)).toEqual(before);
      }),
      { numRuns: 150, seed: 20_261_201 },
    );
    // Both outcomes are exercised: a fuzzer that only ever refuses would prove nothing.
    expect(refused).toBeGreaterThan(20);
    expect(restored).toBeGreaterThan(20);
  }, 120_000);
});
