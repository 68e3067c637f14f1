import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { Project } from '../../lib/domain/types';
import {
  launchExtension,
  screenshotPath,
  type LoadedExtension,
} from '../../scripts/launch-extension';
import {
  assertExampleImported,
  liveProjects as readLiveProjects,
  readStore,
} from './support/read-store';

const EXAMPLE = readFileSync('public/example-roadmap.md', 'utf8');
// A PNG header: NUL bytes, the way any image renamed .md starts.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48,
]);
const USER_TABLES = [
  'roadmaps',
  'objectives',
  'projects',
  'resources',
  'reviews',
  'settings',
  'sessions',
];

let extension: LoadedExtension;
let page: Page;
const workers: string[] = [];
const cspErrors: string[] = [];

async function snapshotStores() {
  const tables: Record<string, unknown[]> = {};
  for (const name of USER_TABLES) tables[name] = await readStore(page, name);
  return tables;
}

function liveProjects() {
  return readLiveProjects<Project>(page);
}

function note(name: string, text: string) {
  return { name, mimeType: 'text/markdown', buffer: Buffer.from(text) };
}

describe('import and export in Chromium', () => {
  before(async () => {
    extension = await launchExtension();
    page = await extension.context.newPage();
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await page.goto(extension.url('newtab.html'));
  });

  after(async () => {
    await extension?.close();
  });

  it('opens the import view from the first-run screen', async () => {
    await page.getByRole('button', { name: 'Import your roadmap' }).click();
    await page.getByLabel('Paste your roadmap note').waitFor();
  });

  it('refuses a binary file with a clear message and writes nothing', async () => {
    await page
      .getByLabel('Choose a file')
      .setInputFiles({ name: 'photo.md', mimeType: 'text/markdown', buffer: PNG });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /not a text or markdown file/);
    assert.equal((await readStore(page, 'projects')).length, 0);
    assert.equal((await readStore(page, 'roadmaps')).length, 0);
  });

  it('previews a pasted note, parsed in a worker, and writes it only on confirm', async () => {
    await page.getByLabel('Paste your roadmap note').fill(EXAMPLE);
    await page.getByRole('button', { name: 'Preview import' }).click();
    await page.getByText('4 objectives, 16 projects, 2 done').waitFor();
    assert.ok(
      workers.some((url) => /parse-roadmap/.test(url)),
      `a parse worker ran: ${workers.join(', ')}`,
    );
    assert.deepEqual(cspErrors, []);
    assert.equal((await readStore(page, 'projects')).length, 0, 'nothing written before confirm');
    await page.screenshot({ path: screenshotPath('import-preview'), fullPage: true });
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText(/^Imported pasted note: 16 added/).waitFor();
    const projects = await liveProjects();
    assertExampleImported(projects);
  });

  let backupPath = '';
  let backedUp: Record<string, unknown[]> = {};

  it('exports a backup file with everything in it', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export backup' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^waymark-backup-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = (await download.path())!;
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    assert.equal(backup.waymark.format, 'waymark-backup');
    backedUp = await snapshotStores();
    assert.equal(backedUp.projects?.length, 16);
  });

  it('shows a re-import’s diff from a chosen file, and cancel writes nothing', async () => {
    const edited = EXAMPLE.split('\n')
      .filter((line) => !line.includes('- Docker '))
      .join('\n')
      // A new last row of the table (the note may end with blank lines).
      .trimEnd()
      .concat('\n|<input type="checkbox" unchecked id="e2e001">| | - Brand new project |\n');
    await page.getByLabel('Choose a file').setInputFiles(note('roadmap.md', edited));
    await page.getByText(/^1 added, 0 changed, 1 archived, \d+ unchanged$/).waitFor();
    assert.ok(await page.getByRole('list', { name: 'Archived' }).getByText('Docker').isVisible());
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.deepEqual(await snapshotStores(), backedUp);

    await page.getByLabel('Choose a file').setInputFiles(note('roadmap.md', edited));
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText(/^Imported roadmap\.md: 1 added/).waitFor();
    assert.ok((await liveProjects()).some((p) => p.title === 'Brand new project'));
  });

  it('restores the backup, giving back exactly what was backed up, and can undo it', async () => {
    const reimported = await snapshotStores();
    await page.getByLabel('Restore backup').setInputFiles(backupPath);
    await page.getByRole('heading', { name: 'Restore this Waymark backup?' }).waitFor();
    await page.getByRole('button', { name: 'Restore now' }).click();
    await page.getByText(/^Backup restored/).waitFor();
    assert.deepEqual(await snapshotStores(), backedUp);

    // The re-import it replaced is one click away, and that click is undoable in turn.
    await page.getByRole('button', { name: 'Undo restore' }).click();
    await page.getByText(/^Restore undone/).waitFor();
    assert.deepEqual(await snapshotStores(), reimported);
    await page.goto(extension.url('newtab.html#settings'));
    const undo = page.getByRole('list', { name: 'Before the last restore' });
    await undo.getByRole('button', { name: /^Undo the last restore/ }).click();
    await page.getByRole('button', { name: 'Undo restore now' }).click();
    await page.getByText(/^Restore undone/).waitFor();
    assert.deepEqual(await snapshotStores(), backedUp);
    await page.goto(extension.url('newtab.html#import'));
  });

  it('exports the roadmap as a markdown table', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export markdown' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    assert.match(
      text,
      /\| \*\*Checklist\*\* \| \*\*Objective\*\* \| \*\*Projects with Breakdown\*\* \| \*\*Next session\*\* \|/,
    );
    assert.match(
      text,
      /<input type="checkbox" checked id="[\w-]+"> \| {2}\| - gVisor - \[foreverVM\]/,
    );
  });

  it('leaves an objective out from the preview, keeps it out, and takes it back in', async () => {
    const left = 'ML Infra / AI Infra';
    assert.match(
      (await page.getByText(/^Last imported: /).textContent()) ?? '',
      // The restore brought back the roadmap as the pasted import left it.
      /^Last imported: pasted note, /,
    );
    const before = await snapshotStores();
    await page.getByLabel('Choose a file').setInputFiles(note('roadmap.md', EXAMPLE));
    const box = page.getByRole('checkbox', { name: left });
    await box.focus();
    await page.keyboard.press('Space');
    const leftOut = page.getByRole('list', { name: 'Left out' });
    await leftOut.getByText(left).waitFor();
    await page.getByText(/^3 objectives, /).waitFor();
    // The preview was worked out again with the keyboard still on the box, and nothing written.
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      await box.getAttribute('id'),
    );
    assert.deepEqual(await snapshotStores(), before);
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText(/^Imported roadmap\.md: /).waitFor();
    const [settings] = await readStore<{ leftOutObjectives: string[] }>(page, 'settings');
    assert.deepEqual(settings?.leftOutObjectives, [left]);
    const kept = (await liveProjects()).length;
    assert.ok(kept < 16, `${kept} projects kept`);

    // The choice holds on the next import, until the objective is taken back.
    await page.getByLabel('Choose a file').setInputFiles(note('roadmap.md', EXAMPLE));
    await page.getByText(/^3 objectives, /).waitFor();
    assert.equal(await page.getByRole('checkbox', { name: left }).isChecked(), false);
    await leftOut.getByRole('button', { name: `Take back in: ${left}` }).click();
    await page.getByText(/^4 objectives, /).waitFor();
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await page.getByText(/^Imported roadmap\.md: /).waitFor();
    assert.equal((await liveProjects()).length, 16);
    const [after] = await readStore<{ leftOutObjectives: string[] }>(page, 'settings');
    assert.deepEqual(after?.leftOutObjectives, []);
  });

  it('parses a 5 MB table in the worker with progress, and cancel writes nothing', async () => {
    const rows = ['| **Checklist** | **Objective** | **Projects** |', '| --- | --- | --- |'];
    for (let i = 0, size = 0; size < 5_000_000; i++) {
      size += rows.at(-1)!.length + 1;
      rows.push(
        `| <input type="checkbox" unchecked id="big${i}"> | ${i % 40 === 0 ? `**Big ${i / 40}**` : ''} | - Big project ${i} - [repo](https://example.com/${i}) |`,
      );
    }
    const text = rows.join('\n');
    const before = await snapshotStores();
    await page.getByLabel('Choose a file').setInputFiles(note('big.md', text));
    await page.getByText(/^Parsing… \d+ KB$/).waitFor();
    // The page answers while the worker parses.
    assert.equal(await page.evaluate(() => 1 + 1), 2);
    await page.getByRole('heading', { name: /^Preview:/ }).waitFor({ timeout: 60_000 });
    assert.ok(await page.getByText(new RegExp(`${rows.length - 2} added`)).isVisible());
    await page.getByRole('button', { name: 'Cancel' }).click();
    assert.deepEqual(await snapshotStores(), before);
  });

  it('shows the imported projects after closing the view', async () => {
    await page.getByRole('button', { name: 'Close' }).click();
    await page.goto(extension.url('newtab.html#roadmap'));
    await page.getByText('Lox Interpreter').first().waitFor();
    await page.screenshot({ path: screenshotPath('import-done'), fullPage: true });
  });

  it('opens the note in Obsidian from the Roadmap once Settings knows where it is', async () => {
    assert.equal(await page.getByRole('link', { name: /^Open in Obsidian/ }).count(), 0);
    await page.goto(extension.url('newtab.html#settings'));
    await page
      .getByLabel('Paste an obsidian:// link')
      .fill('obsidian://open?vault=My%20Vault&file=Plans%2FRoadmap');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await page.goto(extension.url('newtab.html#roadmap'));
    const link = page.getByRole('link', {
      name: 'Open in Obsidian: To get into a distributed systems role',
    });
    assert.equal(
      await link.getAttribute('href'),
      'obsidian://open?vault=My%20Vault&file=Plans%2FRoadmap%23To%20get%20into%20a%20distributed%20systems%20role',
    );
    // With no app for the scheme, Chromium leaves the page where it is.
    const here = page.url();
    await link.click();
    assert.equal(
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => done(location.href))),
      ),
      here,
    );
  });
});
