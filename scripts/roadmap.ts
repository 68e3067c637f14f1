/** Prints what Waymark would import from a note: `npm run --silent roadmap -- <file>`. */
import { readFileSync } from 'node:fs';
import { decodeRoadmapFile } from '../lib/domain/roadmap/decode-roadmap-file';
import type { ParsedObjective, ParsedProject } from '../lib/domain/roadmap/parsed-roadmap';
import { parseRoadmap } from '../lib/domain/roadmap/parse-roadmap';
import { RoadmapInputError } from '../lib/domain/roadmap/roadmap-input-error';

/** Drops the checkbox id: the printout shows what a person wrote, not storage keys. */
function showProject({ title, done, estimateMinutes, links, children }: ParsedProject): unknown {
  const estimate = estimateMinutes === undefined ? {} : { estimateMinutes };
  return { title, done, ...estimate, links, children: children.map(showProject) };
}

function showObjective({ title, objectives, projects }: ParsedObjective): unknown {
  return {
    title,
    ...(objectives ? { objectives: objectives.map(showObjective) } : {}),
    projects: projects.map(showProject),
  };
}

function explain(error: unknown): string {
  if (error instanceof RoadmapInputError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'that is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

function main(file: string | undefined): void {
  if (file === undefined) throw new RoadmapInputError('usage: npm run roadmap -- <file>');
  const roadmap = parseRoadmap(decodeRoadmapFile(readFileSync(file)));
  const output = {
    title: roadmap.title,
    objectives: roadmap.objectives.map(showObjective),
    warnings: roadmap.warnings,
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
}

try {
  main(process.argv[2]);
} catch (error) {
  process.stderr.write(`error: ${explain(error).split('\n')[0]}\n`);
  process.exitCode = 1;
}
