import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import JSZip from 'jszip';

// `npm run zip` runs in a copy of the project, so the `.output/` the browser tests load stays as built.
const ROOT = resolve('.');
const NOT_COPIED = new Set(['node_modules', '.output', '.wxt', '.git']);

/** Leftovers a working folder collects; none of them may reach a package. */
const LEFTOVERS: Record<string, string> = {
  '.env': 'TOKEN=not-for-reviewers\n',
  '.output/old/waymark-0.0.1-firefox.zip': 'stale',
  'screenshots/newtab-today.png': 'png',
  'tests/e2e/screenshots/failure.png': 'png',
  'test-results/newtab-bench.json': '{}',
  'notes.md': '# scratch\n',
  'lib/scratch.test.ts': 'export {};\n',
};

const REQUIRED_SOURCES = [
  'BUILD.md',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'entrypoints/background.ts',
  'components/',
  'lib/',
  'public/',
];

/** Runs a command in `cwd`; when it fails, the error carries its output (WXT logs build errors to stdout). */
function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

function linkNodeModules(dir: string) {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function zipFiles(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'));
  }
  return files;
}

function folderHashes(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    const path = join(name.parentPath, name.name);
    hashes[relative(dir, path).split('\\').join('/')] = sha(readFileSync(path));
  }
  return hashes;
}

const hashesOf = (files: Map<string, Buffer>) =>
  Object.fromEntries([...files].map(([name, bytes]) => [name, sha(bytes)]));

describe('store packages from npm run zip', () => {
  let work: string;
  let version: string;
  const zips: Record<'chrome' | 'firefox' | 'sources', Map<string, Buffer>> = {
    chrome: new Map(),
    firefox: new Map(),
    sources: new Map(),
  };

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'waymark-zip-'));
    const project = join(work, 'project');
    cpSync(ROOT, project, {
      recursive: true,
      filter: (source) => !NOT_COPIED.has(relative(ROOT, source)),
    });
    for (const [path, text] of Object.entries(LEFTOVERS)) {
      mkdirSync(dirname(join(project, path)), { recursive: true });
      writeFileSync(join(project, path), text);
    }
    linkNodeModules(project);
    run('npm', ['run', 'zip'], project);
    version = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')).version;
    for (const kind of ['chrome', 'firefox', 'sources'] as const) {
      zips[kind] = await zipFiles(join(project, '.output', `waymark-${version}-${kind}.zip`));
    }
  });

  after(() => {
    for (const dir of ['project', 'rebuilt'])
      rmSync(join(work, dir, 'node_modules'), { force: true });
    rmSync(work, { recursive: true, force: true });
  });

  for (const [browser, manifestVersion] of [
    ['chrome', 3],
    ['firefox', 2],
  ] as const) {
    it(`the ${browser} zip holds its manifest at the package.json version, and no maps, tests or fixtures`, () => {
      const files = zips[browser];
      const manifest = JSON.parse(String(files.get('manifest.json')));
      assert.equal(manifest.version, version);
      assert.equal(manifest.manifest_version, manifestVersion);
      assert.equal(manifest.name, 'Waymark');
      // Firefox gives `storage.sync` only to an add-on with an id, and keys the synced data by it.
      assert.equal(
        manifest.browser_specific_settings?.gecko?.id,
        browser === 'firefox' ? 'waymark@waymark.app' : undefined,
      );
      assert.deepEqual(
        [...files.keys()].filter((name) => /\.map$|\.test\.|(^|\/)(tests?|fixtures)\//.test(name)),
        [],
      );
    });
  }

  it('the sources zip holds what the build needs and its BUILD.md, and none of the leftovers', () => {
    const names = [...zips.sources.keys()];
    for (const required of REQUIRED_SOURCES) {
      assert.ok(
        names.some(
          (name) => name === required || (required.endsWith('/') && name.startsWith(required)),
        ),
        `missing ${required}`,
      );
    }
    assert.deepEqual(
      names.filter(
        (name) =>
          name in LEFTOVERS ||
          /(^|\/)(node_modules|\.output|tests|screenshots|test-results)\/|(^|\/)\.|\.test\.|\.map$/.test(
            name,
          ),
      ),
      [],
    );
    assert.equal(
      String(zips.sources.get('package.json')),
      readFileSync(join(work, 'project', 'package.json'), 'utf8'),
    );
  });

  it('the sources zip, built as its BUILD.md says, gives the files of both store zips', async () => {
    const rebuilt = join(work, 'rebuilt');
    for (const [name, bytes] of zips.sources) {
      mkdirSync(dirname(join(rebuilt, name)), { recursive: true });
      writeFileSync(join(rebuilt, name), bytes);
    }
    // Stands in for `npm ci`: the same package-lock.json installed the repository's node_modules.
    linkNodeModules(rebuilt);
    const buildMd = String(zips.sources.get('BUILD.md'));
    assert.match(buildMd, /npm ci/);
    assert.match(buildMd, /npm run build/);
    run('npm', ['run', 'build'], rebuilt);
    assert.deepEqual(folderHashes(join(rebuilt, '.output/firefox-mv2')), hashesOf(zips.firefox));
    assert.deepEqual(folderHashes(join(rebuilt, '.output/chrome-mv3')), hashesOf(zips.chrome));
  });
});
