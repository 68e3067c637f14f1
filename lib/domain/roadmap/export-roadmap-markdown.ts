import type { Link, Objective, Project } from '../types';
import { hashKey } from '../hash-key';
import { writeEstimate } from './write-estimate';

interface ExportInput {
  title: string;
  tags: string[];
  objectives: Objective[];
  projects: Project[];
  nextSession: (projectId: string) => string | null;
}

const SAFE_ID = /^[\w-]+$/;

/** Backslash-escapes what markdown, HTML or the table would otherwise read as structure. */
function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&!#$()]/g, '\\$&');
}

function escapeUrl(url: string): string {
  return url.replace(/[\\()|<> ]/g, (c) => (c === ' ' ? '%20' : `\\${c}`));
}

/** Keeps the note's own checkbox id; other projects get a hash of their key so ids stay stable. */
function checkboxId(project: Project, used: Set<string>): string {
  const own = project.key.startsWith('cb:') ? project.key.slice(3) : '';
  let id = SAFE_ID.test(own) && !used.has(own) ? own : hashKey(project.key);
  for (let salt = 1; used.has(id); salt++) id = hashKey(`${project.key}#${salt}`);
  used.add(id);
  return id;
}

/**
 * Writes the title with each link on the part of it that is the link's label, the example's
 * `- gVisor - [foreverVM](url)`. Links whose label is not in the title, in order, are returned
 * for the Links column so the title reads back unchanged.
 */
function writeTitle(title: string, links: readonly Link[]): { cell: string; rest: Link[] } {
  let cell = '';
  let from = 0;
  let index = 0;
  for (; index < links.length; index++) {
    const link = links[index];
    const at = link && link.label !== '' ? title.indexOf(link.label, from) : -1;
    if (!link || at < 0) break;
    cell += `${escapeText(title.slice(from, at))}[${escapeText(link.label)}](${escapeUrl(link.url)})`;
    from = at + link.label.length;
  }
  return { cell: cell + escapeText(title.slice(from)), rest: links.slice(index) };
}

function writeLinks(links: readonly Link[]): string {
  return links.map((link) => `[${escapeText(link.label)}](${escapeUrl(link.url)})`).join(' ');
}

function writeRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function writeFrontMatter(title: string, tags: readonly string[]): string[] {
  const lines = ['---', `title: ${JSON.stringify(title)}`];
  if (tags.length > 0) lines.push('tags:', ...tags.map((tag) => `  - ${JSON.stringify(tag)}`));
  lines.push('---', '');
  return lines;
}

/**
 * Writes the roadmap back as the example note's table (Checklist | Objective | Projects with
 * Breakdown | Next session), so re-importing it gives the same objectives, projects, links,
 * estimates and done flags. Breakdown items follow the project in its cell after `<br>`.
 */
export function exportRoadmapMarkdown(input: ExportInput): string {
  const live = (row: { archived: 0 | 1 }) => row.archived === 0;
  const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;
  const projectsByObjective = new Map<string, Project[]>();
  for (const project of input.projects.filter(live)) {
    const list = projectsByObjective.get(project.objectiveId) ?? [];
    list.push(project);
    projectsByObjective.set(project.objectiveId, list);
  }

  const used = new Set<string>();
  const rows: string[][] = [];
  for (const objective of input.objectives.filter(live).sort(byOrder)) {
    const projects = (projectsByObjective.get(objective.id) ?? []).sort(byOrder);
    for (const [index, project] of projects.entries()) {
      const state = project.done ? 'checked' : 'unchecked';
      const box = `<input type="checkbox" ${state} id="${checkboxId(project, used)}">`;
      const { cell, rest } = writeTitle(project.title, project.links);
      // Unescaped, after the escaped title, so a re-import reads it back as the estimate.
      const estimate =
        project.estimateMinutes === undefined ? '' : ` (${writeEstimate(project.estimateMinutes)})`;
      const breakdown = project.children.map((child) => `<br>- ${escapeText(child)}`).join('');
      rows.push([
        box,
        index === 0 ? `**${escapeText(objective.title)}**` : '',
        `- ${cell}${estimate}${breakdown}`,
        escapeText(input.nextSession(project.id) ?? ''),
        writeLinks(rest),
      ]);
    }
  }

  // The Links column only appears when some link could not sit on its label in the title.
  const withLinks = rows.some((row) => row[4] !== '');
  const header = [
    '**Checklist**',
    '**Objective**',
    '**Projects with Breakdown**',
    '**Next session**',
  ];
  const width = withLinks ? 5 : 4;
  const lines = [
    ...writeFrontMatter(input.title, input.tags),
    writeRow([...header, '**Links**'].slice(0, width)),
    writeRow(Array.from({ length: width }, () => '---')),
    ...rows.map((row) => writeRow(row.slice(0, width))),
  ];
  return `${lines.join('\n')}\n`;
}
