// Runs every check CI runs, in order, and ends with one line summing them all.
// Each check step (typecheck, lint, builds, web-ext lint) counts as one test; vitest and the
// browser suite count their own tests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
let passed = 0;
let failed = 0;

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  process.stdout.write(result.stdout ?? '');
  return { ok: result.status === 0, stdout: result.stdout ?? '' };
}

function step(label, command, args) {
  const { ok } = run(label, command, args);
  if (ok) passed += 1;
  else failed += 1;
  console.log(`=== ${label}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

step('typecheck', bin('tsc'), ['-p', '.']);
step('eslint', bin('eslint'), ['.']);
step('prettier', bin('prettier'), ['--check', '.']);

const report = join(mkdtempSync(join(tmpdir(), 'waymark-vitest-')), 'report.json');
const unit = run('vitest', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile=${report}`,
]);
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed += json.numPassedTests;
  // A suite that fails to load has no failed test of its own: count it, and any other crash.
  failed += json.numFailedTests + json.numFailedTestSuites;
  if (!unit.ok && json.numFailedTests + json.numFailedTestSuites === 0) failed += 1;
} catch {
  failed += 1;
}

const chromeBuilt = step('build chrome', bin('wxt'), ['build']);
const built = step('build firefox', bin('wxt'), ['build', '-b', 'firefox']) && chromeBuilt;
if (built) step('web-ext lint', bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2']);
else failed += 1;

if (built) {
  const e2e = run('browser tests (Chromium, Firefox)', process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=tap',
    '--test-concurrency=1',
    ...readdirSync('tests/e2e')
      .filter((f) => f.endsWith('.test.ts'))
      .map((f) => join('tests/e2e', f)),
  ]);
  const e2eFailed = tapCount(e2e.stdout, 'fail');
  passed += tapCount(e2e.stdout, 'pass');
  // A crash before any test reports still fails the run.
  failed += e2eFailed + (e2e.ok || e2eFailed > 0 ? 0 : 1);
} else {
  failed += 1;
}

function tapCount(tap, name) {
  const last = [...tap.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))].at(-1);
  return last ? Number(last[1]) : 0;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
