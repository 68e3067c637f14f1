import { beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import { POPUP_UNDO_MS, type AttachUndo } from '../../lib/domain/tabs/attach-undo';
import { recordAttach } from '../../lib/services/attach-message';
import { attachResource, type AttachRequest } from '../../lib/services/attach-resource';
import { canUndoAttach, undoAttach } from '../../lib/services/undo-attach';
import { importRoadmap } from '../../lib/services/import-roadmap';
import {
  detachResource,
  markResourceOpened,
  moveResource,
} from '../../lib/services/manage-resource';
import { UserError } from '../../lib/services/user-error';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';

let db: WaymarkDatabase;
let ids: Record<string, string>;
let page: AttachRequest;

const CHANGED = 'Nothing was undone: since that attach, the page was moved, detached or changed.';

async function attach(request: AttachRequest): Promise<AttachUndo> {
  const result = await attachResource(db, request);
  return recordAttach([result], { via: request.via, at: request.now })!;
}

beforeEach(async () => {
  db = createTestDatabase();
  await importRoadmap(db, EXAMPLE_ROADMAP, 'example-roadmap.md', NOW);
  ids = Object.fromEntries((await db.projects.toArray()).map((p) => [p.title, p.id]));
  page = {
    projectId: ids['Lox Interpreter']!,
    url: 'https://craftinginterpreters.com/',
    title: 'Crafting Interpreters',
    via: 'popup',
    now: NOW,
  };
});

describe('undoAttach refuses an attach that is no longer as it was', () => {
  it.each<[string, (record: AttachUndo) => Promise<unknown>]>([
    [
      'moved to another project',
      (r) => moveResource(db, r.entries[0]!.resource.id, ids['Docker']!),
    ],
    ['detached', (r) => detachResource(db, r.entries[0]!.resource.id)],
    [
      're-titled by a later attach',
      () => attachResource(db, { ...page, title: 'CI', now: NOW + 5 }),
    ],
    [
      'replaced by a restore',
      async (r) => {
        await db.resources.clear();
        await db.resources.add({ ...r.entries[0]!.resource, attachedAt: NOW - 86_400_000 });
      },
    ],
  ])('%s: nothing changes', async (_name, change) => {
    const record = await attach(page);
    await change(record);
    const before = await db.resources.toArray();

    const undo = undoAttach(db, record, NOW + 10, POPUP_UNDO_MS);
    await expect(undo).rejects.toBeInstanceOf(UserError);
    await expect(undo).rejects.toThrow(CHANGED);
    expect(await db.resources.toArray()).toEqual(before);
    expect(await canUndoAttach(db, record, NOW + 10, POPUP_UNDO_MS)).toBe(false);
  });

  it('refuses once it has expired', async () => {
    const record = await attach(page);
    const late = NOW + POPUP_UNDO_MS + 1;
    expect(await canUndoAttach(db, record, late, POPUP_UNDO_MS)).toBe(false);
    await expect(undoAttach(db, record, late, POPUP_UNDO_MS)).rejects.toThrow(
      'That attach is too long ago to undo.',
    );
    expect(await db.resources.count()).toBe(1);
  });

  it('undoes an attach still as it was, even one opened since', async () => {
    await attachResource(db, { ...page, title: 'Old title', now: NOW - 60_000 });
    const record = await attach(page);
    const id = record.entries[0]!.resource.id;
    await markResourceOpened(db, id, NOW + 5);
    expect(await canUndoAttach(db, record, NOW + 10, POPUP_UNDO_MS)).toBe(true);

    expect(await undoAttach(db, record, NOW + 10, POPUP_UNDO_MS)).toEqual({
      removed: 0,
      restored: 1,
    });
    expect(await db.resources.get(id)).toMatchObject({ title: 'Old title', lastOpenedAt: NOW + 5 });
  });
});
