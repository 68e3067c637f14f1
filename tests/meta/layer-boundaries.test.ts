import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

const importing = (specifier: string) =>
  `import * as probe from '${specifier}';\nexport const x = probe;\n`;
const loading = (specifier: string) => `export const x = () => import('${specifier}');\n`;

describe('layer rules (ARCHITECTURE.md) fail lint when broken', () => {
  it.each([
    ['lib/domain/probe.ts', '../db/database'],
    ['lib/db/probe.ts', '../services/import-roadmap'],
    ['lib/services/probe.ts', '../browser/badge'],
    ['lib/browser/probe.ts', '../db/database'],
    ['lib/ui/probe.ts', '../services/import-roadmap'],
    ['lib/ui/probe.ts', '../../entrypoints/newtab/live-app'],
    ['components/Probe.tsx', '../lib/db/roadmap-repository'],
  ])('%s may not import %s', async (filePath, specifier) => {
    expect(await ruleIdsFor(filePath, importing(specifier))).toContain(
      'import-x/no-restricted-paths',
    );
  });

  it.each([
    ['components/Probe.tsx', 'dexie'],
    ['components/Probe.tsx', 'dexie-export-import'],
    ['components/Probe.tsx', 'wxt'],
    ['components/Probe.tsx', 'wxt/browser'],
    ['components/Probe.tsx', '#imports'],
    ['components/Probe.tsx', '@/lib/db/database'],
    ['components/Probe.tsx', '~/lib/db/database'],
    ['lib/services/probe.ts', 'wxt/browser'],
    ['lib/services/probe.ts', 'wxt'],
    ['lib/services/probe.ts', '#imports'],
    ['lib/services/probe.ts', '@wxt-dev/browser'],
    ['lib/services/probe.ts', '@@/lib/browser/badge'],
    ['lib/db/probe.ts', 'wxt/browser'],
    ['lib/ui/probe.ts', 'wxt/browser'],
    ['lib/browser/probe.ts', 'dexie'],
    ['lib/domain/probe.ts', 'dexie'],
    ['lib/domain/probe.ts', 'wxt/browser'],
    ['lib/domain/probe.ts', 'preact/hooks'],
    ['lib/domain/probe.ts', 'date-fns-tz'],
  ])('%s may not use the package %s', async (filePath, specifier) => {
    expect(await ruleIdsFor(filePath, importing(specifier))).toContain('no-restricted-imports');
    expect(await ruleIdsFor(filePath, loading(specifier))).toContain('no-restricted-syntax');
  });

  it.each([
    ['components/Probe.tsx', 'chrome'],
    ['components/Probe.tsx', 'browser'],
    ['lib/services/probe.ts', 'browser'],
    ['lib/domain/probe.ts', 'chrome'],
  ])('%s may not call the browser through the global %s', async (filePath, name) => {
    const code = `export const x = () => ${name}.tabs.query({});\n`;
    expect(await ruleIdsFor(filePath, code)).toContain('no-restricted-globals');
  });

  it.each([
    ['export const now = () => Date.now();\n', 'no-restricted-properties'],
    ['export const seed = () => Math.random();\n', 'no-restricted-properties'],
    ['export const today = () => new Date();\n', 'no-restricted-syntax'],
    ['export const id = () => crypto.randomUUID();\n', 'no-restricted-syntax'],
  ])('lib/domain stays pure: %j', async (code, rule) => {
    expect(await ruleIdsFor('lib/domain/probe.ts', code)).toContain(rule);
  });

  it('never renders user text as markup', async () => {
    const code =
      'export const X = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n';
    expect(await ruleIdsFor('components/Probe.tsx', code)).toEqual(['no-restricted-syntax']);
  });
});

describe('layer rules allow the arrows the architecture draws', () => {
  it.each([
    ['lib/domain/probe.ts', './types'],
    ['lib/domain/probe.ts', '../types'],
    ['lib/domain/probe.ts', 'date-fns'],
    ['lib/domain/probe.ts', 'ts-fsrs'],
    ['lib/domain/probe.ts', 'markdown-it'],
    ['lib/domain/probe.ts', 'yaml'],
    ['lib/domain/probe.ts', 'minisearch'],
    ['lib/db/probe.ts', 'dexie'],
    ['lib/services/probe.ts', '../db/settings-repository'],
    ['lib/services/probe.ts', 'dexie-export-import'],
    ['lib/browser/probe.ts', 'wxt/browser'],
    ['lib/ui/probe.ts', 'dexie'],
    ['lib/ui/probe.ts', 'preact/hooks'],
    ['components/Probe.tsx', 'preact/hooks'],
    ['components/Probe.tsx', '../lib/domain/types'],
    ['entrypoints/newtab/Probe.tsx', 'wxt/browser'],
    ['entrypoints/newtab/Probe.tsx', 'dexie'],
  ])('%s may use %s', async (filePath, specifier) => {
    expect(await ruleIdsFor(filePath, importing(specifier))).toEqual([]);
    expect(await ruleIdsFor(filePath, loading(specifier))).toEqual([]);
  });

  it('lets lib/browser and entrypoints call the browser', async () => {
    const code = 'export const x = () => browser.tabs.query({});\n';
    expect(await ruleIdsFor('lib/browser/probe.ts', code)).toEqual([]);
    expect(await ruleIdsFor('entrypoints/popup/probe.ts', code)).toEqual([]);
  });
});
