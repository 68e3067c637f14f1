// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, type Diagnostics, type Parameters } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Everything that ships or runs from the command line; every pattern there may see user input. */
const ROOTS = ['lib', 'scripts', 'entrypoints', 'components'];
const SOURCE = /\.(?:ts|tsx|mjs|js)$/;

/** Files that build a pattern at run time, which this test cannot read, and why that is safe. */
const BUILT_AT_RUN_TIME = new Map([
  ['scripts/test-all.mjs', 'reads the test runners’ own summary lines, never user input'],
]);

/**
 * recheck decides by automaton analysis where the pattern allows, else by fuzzing that counts the
 * steps of its own backtracking matcher. Every clock limit is off and the seed is fixed, so the
 * verdict depends on counts alone and is the same on every machine.
 */
const PARAMETERS: Parameters = {
  randomSeed: 0,
  timeout: null,
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
};

interface Found {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** Every regular expression literal, and every file that calls `RegExp` to build one. */
function findPatterns(): { literals: Found[]; builders: Set<string> } {
  const literals: Found[] = [];
  const builders = new Set<string>();
  for (const path of ROOTS.flatMap(sourceFiles)) {
    const file = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const end = node.text.lastIndexOf('/');
        const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
        literals.push({
          where: `${path}:${line}`,
          source: node.text.slice(1, end),
          flags: node.text.slice(end + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        builders.add(path);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, builders };
}

const { literals, builders } = findPatterns();
/** One check per distinct pattern; many files repeat `/^\/video\//` and the like. */
const verdicts = new Map<string, Promise<Diagnostics>>();
for (const { source, flags } of literals) {
  const key = `/${source}/${flags}`;
  if (!verdicts.has(key)) verdicts.set(key, check(source, flags, PARAMETERS));
}

function explain(verdict: Diagnostics): string {
  if (verdict.status === 'safe') return 'safe';
  if (verdict.status === 'unknown') return `unknown (${verdict.error.kind})`;
  return `${verdict.complexity.summary}, e.g. ${verdict.attack.pattern.slice(0, 80)}`;
}

describe('regular expressions run in linear time', () => {
  it('finds the patterns it checks', () => {
    const files = new Set(literals.map((found) => found.where.replace(/:\d+$/, '')));
    expect(files).toContain('lib/domain/roadmap/read-front-matter.ts');
    expect(files).toContain('lib/domain/roadmap/mentions-checkbox-input.ts');
    expect(literals.length).toBeGreaterThan(50);
  });

  it.each(literals.map((found) => [found.where, found] as const))(
    '%s',
    async (_, { source, flags }) => {
      const verdict = await verdicts.get(`/${source}/${flags}`);
      expect(verdict && explain(verdict), `/${source}/${flags}`).toBe('safe');
    },
  );

  it('builds patterns at run time only where their input is trusted', () => {
    expect([...builders].sort()).toEqual([...BUILT_AT_RUN_TIME.keys()].sort());
  });
});
