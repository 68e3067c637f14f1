import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIdsFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

describe('layer rules (ARCHITECTURE.md) fail lint when broken', () => {
  it.each([
    [
      'lib/domain/probe.ts',
      "import { createDatabase } from '../db/database';\nexport const x = createDatabase;\n",
    ],
    [
      'lib/db/probe.ts',
      "import { attachResource } from '../services/attach-resource';\nexport const x = attachResource;\n",
    ],
    [
      'lib/browser/probe.ts',
      "import { createDatabase } from '../db/database';\nexport const x = createDatabase;\n",
    ],
    [
      'components/Probe.tsx',
      "import { readActiveRoadmap } from '../lib/db/roadmap-repository';\nexport const x = readActiveRoadmap;\n",
    ],
    [
      'lib/ui/probe.ts',
      "import { mountLiveApp } from '../../entrypoints/newtab/live-app';\nexport const x = mountLiveApp;\n",
    ],
  ])('%s may not import that layer', async (filePath, code) => {
    expect(await ruleIdsFor(filePath, code)).toContain('import-x/no-restricted-paths');
  });

  it.each([
    ['import Dexie from "dexie";\nexport const x = Dexie;\n', 'no-restricted-imports'],
    ['export const now = () => Date.now();\n', 'no-restricted-properties'],
    ['export const seed = () => Math.random();\n', 'no-restricted-properties'],
    ['export const today = () => new Date();\n', 'no-restricted-syntax'],
  ])('lib/domain stays pure: %j', async (code, rule) => {
    expect(await ruleIdsFor('lib/domain/probe.ts', code)).toContain(rule);
  });

  it('allows the arrows the architecture draws', async () => {
    const code =
      "import { readSettings } from '../db/settings-repository';\nexport const x = readSettings;\n";
    expect(await ruleIdsFor('lib/services/probe.ts', code)).toEqual([]);
  });

  it('never renders user text as markup', async () => {
    const code =
      'export const X = ({ t }: { t: string }) => <p dangerouslySetInnerHTML={{ __html: t }} />;\n';
    expect(await ruleIdsFor('components/Probe.tsx', code)).toContain('no-restricted-syntax');
  });
});
