import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WaymarkDatabase } from '../../lib/db/database';
import {
  KEPT_NOTE_VERSIONS,
  listNoteVersions,
  readNoteLink,
  updateNoteLink,
} from '../../lib/db/note-link';
import { NoteFileError } from '../../lib/domain/note/note-file-error';
import { parseRoadmap } from '../../lib/domain/roadmap/parse-roadmap';
import { previewImport } from '../../lib/services/import-roadmap';
import { applyNoteChanges, checkNote } from '../../lib/services/note/check-note';
import { importAndLinkNote } from '../../lib/services/note/link-note';
import type { NoteFilePort } from '../../lib/services/note/note-file-port';
import { putBackNoteVersion } from '../../lib/services/note/put-back-note-version';
import { writeBackNote } from '../../lib/services/note/write-back-note';
import { takeObjectiveBackIn } from '../../lib/services/take-objective-back-in';
import { readSettings } from '../../lib/db/settings-repository';
import { setDone, setEstimate } from '../../lib/services/update-project';
import { readFileSync } from 'node:fs';
import { createTestDatabase, EXAMPLE_ROADMAP, NOW } from '../support/test-database';
import { changedSpan } from '../support/changed-span';

/** A task-list note: its open projects have boxes to tick (the example's open rows have none). */
const TASKS = readFileSync('tests/fixtures/roadmaps/task-lists.md', 'utf8');
const OPEN = 'Write a virtual DOM';
const OTHER_OPEN = 'Web Workers';

/** A note file in memory, with the ways a real one fails. */
class MemoryNote {
  lastModified = 1;
  access: PermissionState = 'granted';
  gone = false;
  reads = 0;
  /** Runs after each read: the user editing the note between Waymark's read and its write. */
  afterRead: ((note: MemoryNote) => void) | null = null;
  constructor(public text: string) {}
  edit(text: string) {
    this.text = text;
    this.lastModified++;
  }
  private check() {
    if (this.gone) throw new NoteFileError('gone', 'roadmap.md can no longer be found.');
  }
  port: NoteFilePort = {
    access: () => Promise.resolve(this.access),
    modified: async () => {
      this.check();
      return this.lastModified;
    },
    read: async () => {
      this.check();
      this.reads++;
      const state = { text: this.text, lastModified: this.lastModified };
      const edit = this.afterRead;
      this.afterRead = null;
      edit?.(this);
      return state;
    },
    write: async (_handle, _name, text) => {
      this.check();
      this.edit(text);
      return this.lastModified;
    },
    exclusive: (task) => task(),
  };
}

const HANDLE = { kind: 'file', name: 'roadmap.md' } as unknown as FileSystemFileHandle;
let ids = 0;
const newId = () => `id-${++ids}`;

let db: WaymarkDatabase;
let note: MemoryNote;

async function link(text = TASKS) {
  note = new MemoryNote(text);
  const preview = await previewImport(db, text, 'roadmap.md');
  await importAndLinkNote(
    db,
    preview,
    { handle: HANDLE, name: 'roadmap.md', lastModified: 1 },
    NOW,
  );
}

async function projectNamed(title: string) {
  const project = (await db.projects.toArray()).find((p) => p.title === title);
  if (!project) throw new Error(`no project ${title}`);
  return project;
}

/** The note's done boxes by project title. */
function doneInNote(text: string): Map<string, boolean | null> {
  const done = new Map<string, boolean | null>();
  const stack = [...parseRoadmap(text).objectives];
  for (let objective = stack.pop(); objective; objective = stack.pop()) {
    for (const project of objective.projects) done.set(project.title, project.done);
    stack.push(...(objective.objectives ?? []));
  }
  return done;
}

beforeEach(() => {
  db = createTestDatabase();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('checking the linked note', () => {
  it('reads nothing while the last-modified time stands still', async () => {
    await link();
    expect(await checkNote(db, note.port, NOW)).toEqual({ kind: 'in-step', name: 'roadmap.md' });
    expect(note.reads).toBe(0);
  });

  it('asks for nothing and reads nothing when permission has lapsed', async () => {
    await link();
    note.access = 'prompt';
    note.edit(`${TASKS}\n`);
    expect(await checkNote(db, note.port, NOW)).toEqual({ kind: 'reconnect', name: 'roadmap.md' });
    expect(note.reads).toBe(0);
  });

  it('shows a change of the note as a preview and applies it on request', async () => {
    await link();
    const title = OPEN;
    note.edit(TASKS.replace(`[ ] ${OPEN}`, `[x] ${OPEN}`));
    const check = await checkNote(db, note.port, NOW);
    if (check.kind !== 'changed') throw new Error(`expected a change, got ${check.kind}`);
    expect(check.preview.merge.diff.changed).toEqual([{ title, what: ['done'] }]);
    expect((await projectNamed(title)).done).toBe(false);
    await applyNoteChanges(db, check.preview, NOW);
    expect((await projectNamed(title)).done).toBe(true);
    expect(await checkNote(db, note.port, NOW)).toEqual({ kind: 'in-step', name: 'roadmap.md' });
  });

  it('applies by itself when allowed and nothing would be archived, and asks when something would', async () => {
    await link();
    await updateNoteLink(db, { autoApply: true });
    const added = `${TASKS}\n## Extra\n\n- [ ] A project added in the note\n`;
    note.edit(added);
    const applied = await checkNote(db, note.port, NOW);
    expect(applied.kind).toBe('applied');
    expect((await projectNamed('A project added in the note')).archived).toBe(0);
    note.edit(TASKS);
    const asked = await checkNote(db, note.port, NOW);
    if (asked.kind !== 'changed') throw new Error(`expected to be asked, got ${asked.kind}`);
    expect(asked.preview.merge.diff.archived).toEqual(['A project added in the note']);
    expect((await projectNamed('A project added in the note')).archived).toBe(0);
  });

  it('keeps a box ticked in Waymark when the note changes elsewhere', async () => {
    await link();
    const title = OPEN;
    await setDone(db, (await projectNamed(title)).id, true, NOW);
    note.edit(`${TASKS}\n## Extra\n\n- [ ] Added meanwhile\n`);
    const check = await checkNote(db, note.port, NOW);
    if (check.kind !== 'changed') throw new Error(`expected a change, got ${check.kind}`);
    expect(check.preview.merge.diff.added).toEqual(['Added meanwhile']);
    expect(check.preview.merge.diff.changed).toEqual([]);
    await applyNoteChanges(db, check.preview, NOW);
    expect((await projectNamed(title)).done).toBe(true);
  });

  it.each([
    { keep: true, estimate: 12 * 60 },
    { keep: false, estimate: 5 * 60 },
  ])(
    'asks about an estimate changed on both sides (keep Waymark’s: $keep)',
    async ({ keep, estimate }) => {
      await link();
      const project = await projectNamed(OPEN);
      await setEstimate(db, project.id, 12 * 60);
      note.edit(TASKS.replace(`[ ] ${OPEN}`, `[ ] ${OPEN} (5h)`));
      const check = await checkNote(db, note.port, NOW);
      if (check.kind !== 'changed') throw new Error(`expected a change, got ${check.kind}`);
      expect(check.preview.merge.diff.conflicts).toEqual([
        { key: project.key, title: OPEN, note: 5 * 60, waymark: 12 * 60 },
      ]);
      await applyNoteChanges(db, check.preview, NOW, new Set(keep ? [project.key] : []));
      expect((await projectNamed(OPEN)).estimateMinutes).toBe(estimate);
    },
  );

  it('says a lost file is lost, offers to link again and changes nothing', async () => {
    await link();
    const rows = await db.projects.toArray();
    note.gone = true;
    note.lastModified++;
    const check = await checkNote(db, note.port, NOW);
    expect(check).toMatchObject({ kind: 'problem', relink: true });
    expect(await db.projects.toArray()).toEqual(rows);
  });
});

describe('writing progress back', () => {
  it('writes nothing until the user allows it', async () => {
    await link();
    await setDone(db, (await projectNamed(OPEN)).id, true, NOW);
    expect(await writeBackNote(db, note.port, NOW, newId)).toEqual({ kind: 'off' });
    expect(note.text).toBe(TASKS);
  });

  it('ticks exactly the checkbox of a project marked done, and keeps the replaced version', async () => {
    await link();
    await updateNoteLink(db, { writeBack: true });
    const title = OPEN;
    await setDone(db, (await projectNamed(title)).id, true, NOW);
    const write = await writeBackNote(db, note.port, NOW, newId);
    expect(write).toMatchObject({ kind: 'written', name: 'roadmap.md' });
    expect(changedSpan(TASKS, note.text)).toMatchObject({ removed: ' ', added: 'x' });
    expect(doneInNote(note.text).get(title)).toBe(true);
    const versions = await listNoteVersions(db);
    expect(versions.map((v) => v.text)).toEqual([TASKS]);
    // Written once: a second run finds the note and Waymark agreeing.
    expect(await writeBackNote(db, note.port, NOW, newId)).toEqual({ kind: 'nothing' });
    expect(await checkNote(db, note.port, NOW)).toMatchObject({ kind: 'in-step' });
  });

  it('keeps an edit made in the note between its read and its write', async () => {
    await link();
    await updateNoteLink(db, { writeBack: true });
    await setDone(db, (await projectNamed(OPEN)).id, true, NOW);
    const edited = TASKS.replace(`[ ] ${OTHER_OPEN}`, `[x] ${OTHER_OPEN}`);
    note.afterRead = (file) => file.edit(edited);
    await writeBackNote(db, note.port, NOW, newId);
    const done = doneInNote(note.text);
    expect(done.get(OPEN)).toBe(true);
    expect(done.get(OTHER_OPEN)).toBe(true);
    // The note's own edit is offered to Waymark, not lost and not undone.
    const check = await checkNote(db, note.port, NOW);
    if (check.kind !== 'changed') throw new Error(`expected a change, got ${check.kind}`);
    expect(check.preview.merge.diff.changed).toEqual([{ title: OTHER_OPEN, what: ['done'] }]);
  });

  it('writes an estimate only when allowed', async () => {
    await link();
    await updateNoteLink(db, { writeBack: true });
    const title = OPEN;
    await setEstimate(db, (await projectNamed(title)).id, 12 * 60);
    expect(await writeBackNote(db, note.port, NOW, newId)).toEqual({ kind: 'nothing' });
    await updateNoteLink(db, { writeEstimates: true });
    await writeBackNote(db, note.port, NOW, newId);
    const parsed = parseRoadmap(note.text);
    const estimates = parsed.objectives.flatMap((o) => o.projects).filter((p) => p.title === title);
    expect(estimates.map((p) => p.estimateMinutes)).toEqual([12 * 60]);
  });

  it('asks for access instead of writing when permission has lapsed', async () => {
    await link();
    await updateNoteLink(db, { writeBack: true });
    await setDone(db, (await projectNamed(OPEN)).id, true, NOW);
    note.access = 'prompt';
    expect(await writeBackNote(db, note.port, NOW, newId)).toEqual({
      kind: 'reconnect',
      name: 'roadmap.md',
    });
    expect(note.text).toBe(TASKS);
  });
});

describe('putting a version back', () => {
  it('puts the note back byte for byte and keeps what it replaced', async () => {
    await link();
    await updateNoteLink(db, { writeBack: true });
    await setDone(db, (await projectNamed(OPEN)).id, true, NOW);
    const write = await writeBackNote(db, note.port, NOW, newId);
    if (write.kind !== 'written') throw new Error(`expected a write, got ${write.kind}`);
    const written = note.text;
    await putBackNoteVersion(db, note.port, write.versionId, NOW + 1, newId);
    expect(note.text).toBe(TASKS);
    expect((await listNoteVersions(db)).map((v) => v.text)).toEqual([written, TASKS]);
  });

  it(`keeps the last ${KEPT_NOTE_VERSIONS} versions`, async () => {
    await link();
    await updateNoteLink(db, { writeBack: true });
    const project = await projectNamed(OPEN);
    for (let round = 0; round < KEPT_NOTE_VERSIONS + 2; round++) {
      await setDone(db, project.id, round % 2 === 0, NOW + round);
      await writeBackNote(db, note.port, NOW + round, newId);
    }
    const versions = await listNoteVersions(db);
    expect(versions).toHaveLength(KEPT_NOTE_VERSIONS);
    expect(versions.map((v) => v.savedAt)).toEqual(
      Array.from({ length: KEPT_NOTE_VERSIONS }, (_, i) => NOW + KEPT_NOTE_VERSIONS + 1 - i),
    );
    expect(await readNoteLink(db)).toBeDefined();
  });
});

describe('the example note', () => {
  it('unticks a table checkbox by removing exactly its attribute', async () => {
    await link(EXAMPLE_ROADMAP);
    await updateNoteLink(db, { writeBack: true });
    await setDone(db, (await projectNamed('PubSub system in Rust')).id, false, NOW);
    await writeBackNote(db, note.port, NOW, newId);
    const span = changedSpan(EXAMPLE_ROADMAP, note.text);
    expect(span.added).toBe('');
    expect(span.removed.trim()).toBe('checked');
    expect(doneInNote(note.text).get('PubSub system in Rust')).toBe(false);
  });

  it('leaves a project whose row has no checkbox alone', async () => {
    await link(EXAMPLE_ROADMAP);
    await updateNoteLink(db, { writeBack: true });
    await setDone(db, (await projectNamed('Build Git')).id, true, NOW);
    expect(await writeBackNote(db, note.port, NOW, newId)).toEqual({ kind: 'nothing' });
    expect(note.text).toBe(EXAMPLE_ROADMAP);
  });
});

describe('a note that is no longer a roadmap', () => {
  it('is reported in words and changes nothing', async () => {
    await link();
    const rows = await db.projects.toArray();
    note.edit('Just prose now.\n');
    expect(await checkNote(db, note.port, NOW)).toMatchObject({
      kind: 'problem',
      message: expect.stringContaining('nothing to import'),
      relink: false,
    });
    expect(await db.projects.toArray()).toEqual(rows);
  });
});

describe('an objective taken back in from Settings', () => {
  it('is offered again by the linked note without the note changing', async () => {
    note = new MemoryNote(TASKS);
    const full = await previewImport(db, TASKS, 'roadmap.md');
    const [first, second] = full.objectives.map((objective) => objective.path);
    if (!first || !second) throw new Error('the note needs two objectives');
    const preview = await previewImport(db, TASKS, 'roadmap.md', { leftOut: [second] });
    await importAndLinkNote(
      db,
      preview,
      { handle: HANDLE, name: 'roadmap.md', lastModified: 1 },
      NOW,
    );
    const before = await db.projects.count();
    expect(await checkNote(db, note.port, NOW)).toMatchObject({ kind: 'in-step' });

    await takeObjectiveBackIn(db, second);
    expect((await readSettings(db)).leftOutObjectives).toEqual([]);
    const check = await checkNote(db, note.port, NOW);
    if (check.kind !== 'changed') throw new Error(`expected a change, got ${check.kind}`);
    expect(check.preview.merge.diff.added.length).toBeGreaterThan(0);
    await applyNoteChanges(db, check.preview, NOW);
    expect(await db.projects.count()).toBe(before + check.preview.merge.diff.added.length);
    await expect(takeObjectiveBackIn(db, second)).rejects.toThrow('is not left out');
  });
});
