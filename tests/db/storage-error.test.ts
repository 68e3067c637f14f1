import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { describeStorageError } from '../../lib/db/storage-error';

describe('describeStorageError', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, /no room left.*nothing was saved/i],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, /no room left/i],
    [
      { name: 'OpenFailedError', inner: { name: 'InvalidStateError' } },
      /does not let Waymark open/,
    ],
    [{ name: 'MissingAPIError' }, /does not let Waymark open/],
    [{ name: 'DatabaseClosedError' }, /Reload the page/],
    [{ name: 'ConstraintError' }, /duplicate/],
    [new TypeError('x'), /could not read or save its data \(TypeError\)/],
    ['boom', /UnknownError/],
  ])('explains %o', (error, message) => {
    expect(describeStorageError(error)).toMatch(message);
  });

  it('explains the real error Dexie raises when IndexedDB is missing', async () => {
    const db = new Dexie('x', { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange });
    db.version(1).stores({ t: 'id' });
    const error = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeStorageError(error)).toMatch(/does not let Waymark open its database/);
  });

  it('explains a failing upgrade of a real database, which keeps its rows', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('y', { indexedDB, IDBKeyRange });
    v1.version(1).stores({ t: 'id' });
    await v1.table('t').add({ id: 1 });
    v1.close();
    const v2 = new Dexie('y', { indexedDB, IDBKeyRange });
    v2.version(1).stores({ t: 'id' });
    v2.version(2)
      .stores({ t: 'id' })
      .upgrade(() => {
        throw new RangeError('bad upgrade');
      });
    const error = await v2.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect(describeStorageError(error)).toMatch(/could not read or save its data/);
    const reopened = new Dexie('y', { indexedDB, IDBKeyRange });
    reopened.version(1).stores({ t: 'id' });
    expect(await reopened.table('t').toArray()).toEqual([{ id: 1 }]);
  });
});
