import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every source file of the extension (tests and scripts write what they like). */
const sources = ['lib', 'entrypoints', 'components']
  .flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)),
  )
  .filter((path) => /\.tsx?$/.test(path))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/**
 * Each derived copy has one writer (ARCHITECTURE.md, Stores): the one file that may call what
 * writes it (its definition aside). A second writer would let two contexts race and the copies
 * disagree.
 */
describe('each derived copy has one writer', () => {
  it.each([
    ['the snapshots row', 'snapshots.put', 'lib/services/keep-today-fresh.ts'],
    ['the localStorage copy of today', 'todayCopy.write', 'lib/ui/keep-today-copy.ts'],
    ['the suggestion index', 'buildSuggestionIndex', 'lib/services/tab-suggestions.ts'],
    ['the filed-pages index', 'buildFiledPages', 'lib/services/tab-suggestions.ts'],
    ['the toolbar icon between flashes', 'showResting', 'lib/browser/filed-toolbar.ts'],
    ['the sync replica after a run', 'saveSyncReplica', 'lib/services/sync/run-sync.ts'],
    ['the context menu items', 'contextMenus.create', 'lib/browser/attach-menu.ts'],
    ['the context menu, cleared', 'contextMenus.removeAll', 'lib/browser/attach-menu.ts'],
    ['the suggested rows of the menu', 'contextMenus.update', 'lib/browser/suggested-menu.ts'],
  ])('%s: %s is called only in %s', (_, name, writer) => {
    const call = new RegExp(`(?<!function )\\b${name.replace('.', '\\.')}\\(`);
    const writers = sources.filter(({ text }) => call.test(text)).map(({ path }) => path);
    expect(writers).toEqual([writer]);
  });
});
