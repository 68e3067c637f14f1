/**
 * Parses each hostile note and prints one JSON line per note, after a `note <name>` line. Run with
 * V8's backtrack limit (tests/unit/roadmap/hostile-notes.test.ts), V8 prints a line naming each
 * regular expression that backtracks past the limit at one position, under the note that made it.
 * A known quadratic pattern runs first, to show the limit is in force.
 */
import { writeSync } from 'node:fs';
import { parseRoadmap } from '../../lib/domain/roadmap/parse-roadmap';
import { HOSTILE_NOTES } from './hostile-notes';

writeSync(1, 'note canary\n');
writeSync(1, `${JSON.stringify({ matched: /(?:^|\s+)#.*$/.test(`x${' '.repeat(5_000)}x`) })}\n`);

for (const [name, build] of HOSTILE_NOTES) {
  writeSync(1, `note ${name}\n`);
  const roadmap = parseRoadmap(build());
  const projects = roadmap.objectives.flatMap((objective) => objective.projects);
  const summary = {
    title: roadmap.title?.slice(0, 40) ?? null,
    projects: projects.length,
    firstProject: projects[0]?.title.slice(0, 40),
    warnings: roadmap.warnings.map((warning) => warning.slice(0, 80)),
  };
  writeSync(1, `${JSON.stringify(summary)}\n`);
}
