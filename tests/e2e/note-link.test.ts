import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { NoteLink, NoteVersion } from '../../lib/db/note-link';
import type { Project } from '../../lib/domain/types';
import {
  launchExtension,
  screenshotPath,
  type LoadedExtension,
} from '../../scripts/launch-extension';
import { seriousViolations } from './support/axe';
import {
  assertExampleImported,
  liveProjects as readLiveProjects,
  readStore,
} from './support/read-store';
import { changedSpan } from '../support/changed-span';

const NAME = 'roadmap.md';
const EXAMPLE = readFileSync('public/example-roadmap.md', 'utf8');

const DOCKER_ROW = /^\| {45}\|[^\n]*\| - Docker +\|$/m;
const TINYGRAD_ROW = /^\|[^\n]*\| - TinyGrad Contributions +\|$/m;
const NEW_BOX = '<input type="checkbox" id="a11ce5">';
const NEW_PROJECT = 'Raft in Go';

/** `text` with the match of `pattern` replaced; fails when the pattern is not in the text. */
function replaceLine(text: string, pattern: RegExp, change: (line: string) => string): string {
  const line = pattern.exec(text)?.[0];
  assert.ok(line, `the note has a line matching ${pattern}`);
  return text.replace(line, change(line));
}

/**
 * The example note as edited in Obsidian: Docker's box ticked (a checkbox tag in the blank
 * Checklist cell, as wide as the padding it replaces) and one project added, with an empty box.
 */
const EDITED = replaceLine(
  replaceLine(EXAMPLE, DOCKER_ROW, (line) =>
    line.replace(`| ${' '.repeat(43)} |`, '| <input type="checkbox" checked id="d0c4e1"> |'),
  ),
  TINYGRAD_ROW,
  (line) =>
    `${line}\n${line
      .replace(/^\| {43}/, `| ${NEW_BOX.padEnd(42)}`)
      .replace('TinyGrad Contributions', NEW_PROJECT.padEnd('TinyGrad Contributions'.length))}`,
);

/** Where Waymark's tick goes: right after the `type` attribute of the new project's box. */
const TICK_AT = EDITED.indexOf(NEW_BOX) + '<input type="checkbox"'.length;

/**
 * The native picker cannot be driven headless: it alone is replaced, by one that returns a file of
 * the origin private file system, a real FileSystemFileHandle like the picker's. Init scripts are
 * plain text so the page runs them exactly as written.
 */
const PICKER = `window.showOpenFilePicker = async () => [
  await (await navigator.storage.getDirectory()).getFileHandle(${JSON.stringify(NAME)}),
];`;

/**
 * Permission prompts cannot be driven headless, and files of the origin private file system are
 * always granted: the browser's answers are stood in for, "prompt" until the user grants access
 * inside a click. The asks are recorded, to show that none happens without a click.
 */
const PERMISSION_PROMPT = `{
  const asks = [];
  let granted = false;
  window.permissionAsks = asks;
  FileSystemHandle.prototype.queryPermission = async () => (granted ? 'granted' : 'prompt');
  FileSystemHandle.prototype.requestPermission = async ({ mode }) => {
    asks.push(mode);
    granted = true;
    return 'granted';
  };
}`;

let extension: LoadedExtension;
let page: Page;

/** Writes the note in the origin private file system, as an editor saving it would. */
function writeNote(text: string): Promise<void> {
  return page.evaluate(
    async ({ name, text }) => {
      const folder = await navigator.storage.getDirectory();
      const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    },
    { name: NAME, text },
  );
}

/** The note's bytes exactly as stored. */
async function readNote(): Promise<Buffer> {
  const bytes = await page.evaluate(async (name) => {
    const folder = await navigator.storage.getDirectory();
    const file = await (await folder.getFileHandle(name)).getFile();
    return Array.from(new Uint8Array(await file.arrayBuffer()));
  }, NAME);
  return Buffer.from(bytes);
}

function liveProjects() {
  return readLiveProjects<Project>(page);
}

async function projectNamed(title: string): Promise<Project> {
  const project = (await liveProjects()).find((p) => p.title === title);
  assert.ok(project, `project ${title} exists`);
  return project;
}

async function noteLink(): Promise<NoteLink> {
  const [link] = await readStore<NoteLink>(page, 'noteLink');
  assert.ok(link, 'a note is linked');
  return link;
}

/** The one line about the note on the new-tab page. */
const noteLine = () => page.locator('p.note-line');

/** Its text once it says `start`, spaces as one. */
async function lineSaying(start: string): Promise<string> {
  const line = noteLine().filter({ hasText: start });
  await line.waitFor();
  return ((await line.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Ticks a box that shows what is stored: it may untick again for a moment until the write lands,
 * so it is clicked once and then awaited, not checked and retried.
 */
async function tick(box: Locator) {
  await box.click();
  await page.waitForFunction(
    (input) => input instanceof HTMLInputElement && input.checked,
    await box.elementHandle(),
  );
}

/** Opens a view in a fresh load, so the note is checked as a new tab checks it. */
async function openView(view: string) {
  await page.goto('about:blank');
  await page.goto(extension.url(`newtab.html#${view}`));
  await page.locator(`.app-nav a[href="#${view}"][aria-current="page"]`).waitFor();
}

describe('the linked note in Chromium', { timeout: 180_000 }, () => {
  before(async () => {
    extension = await launchExtension();
    page = await extension.context.newPage();
    await page.addInitScript(PICKER);
    await page.goto(extension.url('newtab.html'));
    await writeNote(EXAMPLE);
  });

  after(async () => {
    await extension?.close();
  });

  it('links the note: its import preview, then the import and the link', async () => {
    await openView('import');
    await page.getByRole('button', { name: 'Link your note file' }).click();
    await page.getByText('4 objectives, 16 projects, 2 done').waitFor();
    assert.equal((await readStore(page, 'noteLink')).length, 0, 'nothing linked before confirm');
    assert.equal((await readStore(page, 'projects')).length, 0, 'nothing imported before confirm');
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page
      .getByText(/^Imported roadmap\.md: 16 added, .* Linked: Waymark now follows roadmap\.md\.$/)
      .waitFor();

    const link = await noteLink();
    assert.equal(link.name, NAME);
    assert.equal(link.baseText, EXAMPLE);
    assert.equal(link.pending, false);
    assert.equal(link.writeBack, false, 'writing back is opt-in');
    const sameFile = await page.evaluate(async (name) => {
      const open = indexedDB.open('waymark');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const request = db.transaction('noteLink').objectStore('noteLink').get('note');
      const row = await new Promise<{ handle: FileSystemFileHandle }>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      db.close();
      const folder = await navigator.storage.getDirectory();
      return row.handle.isSameEntry(await folder.getFileHandle(name));
    }, NAME);
    assert.ok(sameFile, 'the stored handle is the picked file');

    const projects = await liveProjects();
    assertExampleImported(projects);
    await page
      .getByRole('region', { name: 'Your note file' })
      .getByText(`Linked to ${NAME}`)
      .waitFor();
  });

  it('sees the note change when a new tab opens, previews it and applies it', async () => {
    assert.notEqual(EDITED, EXAMPLE);
    await writeNote(EDITED);
    await openView('today');
    assert.equal(
      await lineSaying('Your note changed'),
      'Your note changed: 1 added, 1 changed. Review changes Dismiss',
    );
    await page.screenshot({ path: screenshotPath('note-changed') });
    assert.deepEqual(await seriousViolations(page), []);
    // Only seen so far: Waymark holds what it held.
    assert.equal((await projectNamed('Docker')).done, false);
    assert.equal((await liveProjects()).length, 16);

    await noteLine().getByRole('button', { name: 'Review changes' }).click();
    const changes = page.getByRole('region', { name: 'Changes since the last import' });
    await changes.getByText('1 added, 1 changed, 0 archived, 15 unchanged').waitFor();
    await changes.getByText(NEW_PROJECT, { exact: true }).waitFor();
    await changes.getByText('Docker (done)', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await changes.waitFor({ state: 'detached' });

    for (let attempt = 0; (await liveProjects()).length < 17; attempt += 1) {
      assert.ok(attempt < 100, 'the added project was imported');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal((await projectNamed('Docker')).done, true);
    assert.equal((await projectNamed(NEW_PROJECT)).done, false);
    const link = await noteLink();
    assert.equal(link.baseText, EDITED, 'the applied note is the new base');
    assert.equal(link.pending, false);
    assert.ok((await readNote()).equals(Buffer.from(EDITED)), 'applying never writes the note');
  });

  let written: Buffer;

  it('writes a project marked done back as its checkbox, every other byte unchanged', async () => {
    await openView('settings');
    const section = page.getByRole('region', { name: 'Your note file' });
    const writeBack = section.getByRole('checkbox', {
      name: 'Tick and untick the note’s checkboxes to match Waymark',
    });
    await tick(writeBack);
    for (let attempt = 0; !(await noteLink()).writeBack; attempt += 1) {
      assert.ok(attempt < 100, 'writing back was turned on');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok((await readNote()).equals(Buffer.from(EDITED)), 'turning it on writes nothing');

    await page.goto(extension.url('newtab.html#roadmap'));
    await tick(page.getByRole('checkbox', { name: `${NEW_PROJECT} done` }));
    assert.equal(
      await lineSaying('Wrote to'),
      `Wrote to ${NAME}: Ticked ‘${NEW_PROJECT}’. Undo write Dismiss`,
    );
    // The line sits at the top; the box ticked further down scrolled the page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath('note-written') });

    written = await readNote();
    const expected = `${EDITED.slice(0, TICK_AT)} checked${EDITED.slice(TICK_AT)}`;
    assert.ok(written.equals(Buffer.from(expected)), 'only the box of the project changed');
    // Byte for byte, as latin1 maps each byte to one character: one insertion in that box's tag.
    const span = changedSpan(Buffer.from(EDITED).toString('latin1'), written.toString('latin1'));
    assert.equal(span.removed, '');
    assert.equal(span.added.trim(), 'checked');
    assert.equal(span.added.length, ' checked'.length);
    assert.ok(span.at >= TICK_AT && span.at <= TICK_AT + 1, `inserted at ${span.at}`);

    const versions = await readStore<NoteVersion>(page, 'noteVersions');
    assert.deepEqual(
      versions.map((v) => [v.text, v.reason]),
      [[EDITED, `Ticked ‘${NEW_PROJECT}’`]],
    );
    const link = await noteLink();
    assert.equal(link.baseText, expected, 'the base moves by Waymark’s own write');
    assert.equal(link.pending, false);
  });

  it('undo write puts the note back byte for byte; Settings lists the kept versions', async () => {
    await noteLine().getByRole('button', { name: 'Undo write' }).click();
    await lineSaying(`Put ${NAME} back as it was.`);
    assert.ok((await readNote()).equals(Buffer.from(EDITED)), 'the note is as before the write');

    await page.goto(extension.url('newtab.html#settings'));
    const versions = page.getByRole('list', { name: 'Versions of the note Waymark replaced' });
    await versions.getByRole('listitem').nth(1).waitFor();
    const items = (await versions.getByRole('listitem').allTextContents()).map((text) =>
      text.replace(/^.*?, replaced by: /, ''),
    );
    assert.deepEqual(items, [
      `Undo of “Ticked ‘${NEW_PROJECT}’” Put back`,
      `Ticked ‘${NEW_PROJECT}’ Put back`,
    ]);
    const stored = (await readStore<NoteVersion>(page, 'noteVersions')).sort(
      (a, b) => a.savedAt - b.savedAt,
    );
    assert.ok(Buffer.from(stored[1]!.text).equals(written), 'the written note is kept too');
    await page
      .getByRole('region', { name: 'Your note file' })
      .screenshot({ path: screenshotPath('settings-note-file') });

    // The note now says the project is not done: a new tab offers that, and applying reopens it.
    await openView('today');
    assert.equal(
      await lineSaying('Your note changed'),
      'Your note changed: 1 changed. Review changes Dismiss',
    );
    await noteLine().getByRole('button', { name: 'Review changes' }).click();
    await page.getByText(`${NEW_PROJECT} (done)`, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    for (let attempt = 0; (await projectNamed(NEW_PROJECT)).done; attempt += 1) {
      assert.ok(attempt < 100, 'the project was reopened from the note');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal((await noteLink()).pending, false);
    assert.ok((await readNote()).equals(Buffer.from(EDITED)), 'taking the note in writes nothing');
  });

  let projectsBefore: Project[];

  it('a deleted note gives a clear line and a way to link again; Waymark is unchanged', async () => {
    projectsBefore = await readStore<Project>(page, 'projects');
    await page.evaluate(async (name) => {
      await (await navigator.storage.getDirectory()).removeEntry(name);
    }, NAME);
    await openView('today');
    assert.equal(
      await lineSaying('can no longer be found'),
      `${NAME} can no longer be found: it was moved, renamed or deleted. Link your note file again`,
    );
    const relink = noteLine().getByRole('link', { name: 'Link your note file again' });
    assert.equal(await relink.getAttribute('href'), '#import');
    await page.screenshot({ path: screenshotPath('note-lost') });
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(await readStore<Project>(page, 'projects'), projectsBefore);
    assert.equal((await noteLink()).name, NAME, 'the link stays until the user replaces it');
    await relink.click();
    await page
      .getByRole('region', { name: 'Your note file' })
      .getByRole('button', { name: 'Link another file' })
      .waitFor();
  });

  it('a lapsed permission shows "Reconnect"; one click asks and brings the note back in step', async () => {
    // The file is back where it was, as Waymark last saw it.
    await writeNote(EDITED);
    await page.close();
    page = await extension.context.newPage();
    await page.addInitScript(PERMISSION_PROMPT);
    await openView('today');
    const reconnect = noteLine().getByRole('button', { name: `Reconnect to ${NAME}` });
    await reconnect.waitFor();
    await page.screenshot({ path: screenshotPath('note-reconnect') });
    assert.deepEqual(await seriousViolations(page), []);
    const asks = () =>
      page.evaluate(() => (window as unknown as { permissionAsks: string[] }).permissionAsks);
    assert.deepEqual(await asks(), [], 'no prompt before the click');

    await reconnect.click();
    await noteLine().waitFor({ state: 'detached' });
    assert.deepEqual(await asks(), ['readwrite'], 'write-back asks for write access');
    const link = await noteLink();
    assert.equal(link.pending, false);
    assert.equal(link.baseText, EDITED);
    assert.deepEqual(await readStore<Project>(page, 'projects'), projectsBefore);
  });
});
