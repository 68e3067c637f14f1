import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { RoadmapInputError } from '../../lib/domain/roadmap/roadmap-input-error';
import { BackupError } from '../../lib/services/backup-format';
import { UncopiedDataError } from '../../lib/services/safety-copy';
import { setDone, setEstimate, setTargetDate } from '../../lib/services/update-project';
import { describeFailure, UserError } from '../../lib/services/user-error';
import { exampleDatabase } from '../support/example-database';
import { NOW } from '../support/test-database';

describe('failures written for the user', () => {
  it.each([
    [
      'a project gone, from inside a transaction',
      (db: WaymarkDatabase) => setDone(db, 'gone', true, NOW),
    ],
    ['an estimate out of range', (db: WaymarkDatabase) => setEstimate(db, 'gone', 0)],
    [
      'a target that is not a day',
      (db: WaymarkDatabase) => setTargetDate(db, 'gone', '2027-02-30'),
    ],
  ])('%s reaches the page as a UserError, shown as written', async (_label, act) => {
    const { db } = await exampleDatabase();
    const error = await act(db).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(UserError);
    expect(describeFailure(error)).toBe((error as Error).message);
  });

  it.each([
    ['a refused backup file', new BackupError('not a Waymark backup file')],
    ['data that cannot be copied before a restore', new UncopiedDataError('a row is unreadable')],
    ['a refused note', new RoadmapInputError('nothing to import')],
    ['a user error', new UserError('Enter a date as YYYY-MM-DD.')],
  ])('shows %s in its own words', (_label, error) => {
    expect(describeFailure(error)).toBe(error.message);
  });

  it('describes anything else as a storage failure, not with its own words', () => {
    const error = new Dexie.QuotaExceededError('internal detail');
    expect(describeFailure(error)).not.toContain('internal detail');
    expect(describeFailure(new Error('a developer’s message'))).not.toContain('developer');
  });
});
