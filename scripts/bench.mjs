// `npm run bench`: every speed target of the project. Each benchmark prints JSON lines with
// medians (or ratios against a baseline measured in the same run) and its targets.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = (name) => join('node_modules', '.bin', name);
const steps = [
  ['build the extension', bin('wxt'), ['build']],
  ['roadmap parsing', bin('tsx'), ['scripts/bench/parse-bench.ts']],
  ['planning', bin('tsx'), ['scripts/bench/plan-bench.ts']],
  ['tab suggestion and menu', bin('tsx'), ['scripts/bench/suggest-bench.ts']],
  ['new-tab page', bin('tsx'), ['scripts/bench/newtab-bench.ts']],
  ['views at 1,000 projects', bin('tsx'), ['scripts/bench/views-bench.ts']],
  ['sync merge and replay', bin('tsx'), ['scripts/bench/sync-bench.ts']],
];
for (const [label, command, args] of steps) {
  console.log(`\n# ${label}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
