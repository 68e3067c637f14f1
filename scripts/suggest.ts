/**
 * Which project would Waymark suggest for a page? Same code path as the extension.
 *
 *   npm run --silent suggest -- <roadmap.md> <url> [title]
 *
 * Prints `{"kind": ..., "suggestions": [{"project", "objective", "score"}]}`, best first, with
 * an empty list when Waymark would not guess. The note is imported in memory (decode -> parse ->
 * merge into an empty database); attached pages are not known here, so only the roadmap counts.
 * Bad input exits 1 with one `error: ...` line on stderr.
 */
import { readFileSync } from 'node:fs';
import { decodeRoadmapFile } from '../lib/domain/roadmap/decode-roadmap-file';
import { mergeRoadmap } from '../lib/domain/roadmap/merge-roadmap';
import { parseRoadmap } from '../lib/domain/roadmap/parse-roadmap';
import { checkAttachable } from '../lib/domain/tabs/check-attachable';
import { classifyResource } from '../lib/domain/tabs/classify-resource';
import { suggestProjects } from '../lib/domain/tabs/suggest-projects';
import { buildSuggestionIndex } from '../lib/domain/tabs/suggestion-index';

class UsageError extends Error {}

const USAGE = 'usage: npm run --silent suggest -- <roadmap.md> <url> [title]';

function readRoadmap(path: string) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : 'cannot read it';
    throw new UsageError(`${path}: ${why}`);
  }
  const parsed = parseRoadmap(decodeRoadmapFile(bytes));
  let next = 0;
  const newId = () => `id${(next += 1)}`;
  return mergeRoadmap(parsed, { objectives: [], projects: [] }, { roadmapId: 'cli', newId });
}

function run(args: string[]): string {
  const [path, url, title = '', ...extra] = args;
  if (!path || !url || extra.length > 0) throw new UsageError(USAGE);
  const attachable = checkAttachable(url);
  if (!attachable.ok) throw new UsageError(attachable.reason);

  const { objectives, projects } = readRoadmap(path);
  const index = buildSuggestionIndex({ objectives, projects, resources: [] });
  const projectById = new Map(projects.map((project) => [project.id, project]));
  const objectiveById = new Map(objectives.map((objective) => [objective.id, objective]));
  const suggestions = suggestProjects(index, { url: attachable.url, title }).map((suggestion) => {
    const project = projectById.get(suggestion.projectId);
    return {
      project: project?.title ?? suggestion.projectId,
      objective: (project && objectiveById.get(project.objectiveId)?.title) ?? '',
      score: suggestion.score,
    };
  });
  return JSON.stringify({ kind: classifyResource(attachable.url, title), suggestions });
}

try {
  process.stdout.write(`${run(process.argv.slice(2))}\n`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`error: ${message.replace(/\s+/g, ' ').trim()}\n`);
  process.exitCode = 1;
}
