import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../scripts/launch-extension';

/** Budget for what the new-tab page loads before today's plan is on screen (issue: 30 KiB gzip). */
const BUDGET_BYTES = 30 * 1024;

/**
 * The files the page needs for its first screen: those the HTML names (the module through
 * `data-module`, which first-paint.js starts), and every module they import statically. Dynamic
 * `import()` is left out: that is what loads after the plan shows.
 */
function criticalFiles(page: string): Set<string> {
  const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
  const files = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href|data-module)="\/([^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const [, path] of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g,
    )) {
      queue.push(`${dir}${path}`);
    }
  }
  return files;
}

const gzipSize = (file: string) =>
  gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;

describe('new-tab page weight', () => {
  const files = criticalFiles('newtab.html');

  it('loads at most 30 KiB gzip of JavaScript and CSS before today’s plan is on screen', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'newtab.html'), 'utf8');
    const inlineCss = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
    assert.ok(inlineCss.length > 1000, 'the page’s stylesheet is inlined');
    const total =
      gzipSync(inlineCss, { level: 9 }).length +
      [...files].reduce((sum, file) => sum + gzipSize(file), 0);
    assert.ok(total <= BUDGET_BYTES, `${total} bytes gzip in ${[...files].join(', ')}`);
  });

  it('makes the first frame wait for one classic script of at most 3 KiB gzip', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'newtab.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, ['<script src="/first-paint.js">']);
    assert.ok(!/rel="modulepreload"/.test(html), 'no module is fetched before the first frame');
    assert.ok(gzipSize('first-paint.js') <= 3 * 1024, `${gzipSize('first-paint.js')} bytes gzip`);
  });

  it('keeps Dexie, the planner and the markdown parser off the first screen', () => {
    const code = [...files]
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(EXTENSION_DIR, f), 'utf8'))
      .join('\n');
    assert.ok(files.size >= 1, 'the page has a script');
    // Strings each library keeps through minification: Dexie, ts-fsrs, markdown-it.
    for (const marker of ['DexieError', 'request_retention', 'markdown-it']) {
      assert.ok(!code.includes(marker), `${marker} is on the critical path`);
    }
  });
});
