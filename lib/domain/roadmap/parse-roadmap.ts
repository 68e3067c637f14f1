import type { Token } from 'markdown-it';
import type { ParsedRoadmap } from './parsed-roadmap';
import type { ParseContext } from './parse-context';
import { MAX_ROADMAP_BYTES, TOO_LARGE_MESSAGE } from './decode-roadmap-file';
import { normaliseLineEndings } from './normalise-line-endings';
import { createObjectiveTree, findOrAddObjective, type ObjectiveScope } from './objective-tree';
import { readFrontMatter } from './read-front-matter';
import { collapseWhitespace, readBlockInline, readInline } from './read-inline';
import { readRoadmapList } from './read-roadmap-list';
import { readRoadmapTable } from './read-roadmap-table';
import { RoadmapInputError } from './roadmap-input-error';
import { MAX_MARKDOWN_NESTING, parseBlocks } from './roadmap-markdown';

interface OpenHeading {
  level: number;
  scope: ObjectiveScope;
  /** The note's first heading when it is an H1 names the note, so it never nests sections. */
  namesNote: boolean;
}

const FALLBACK_OBJECTIVE = 'Roadmap';

/**
 * Reads a markdown roadmap into objectives and projects. Headings, lists, task lists and tables
 * (including the Obsidian checkbox table) are understood; anything else is ignored.
 */
export function parseRoadmap(text: string): ParsedRoadmap {
  if (text.length > MAX_ROADMAP_BYTES) throw new RoadmapInputError(TOO_LARGE_MESSAGE);
  const frontMatter = readFrontMatter(normaliseLineEndings(text));
  const tree = createObjectiveTree();
  const headings: OpenHeading[] = [];
  let firstH1: string | null = null;

  const env = {};
  const context: ParseContext = {
    tree,
    env,
    warnings: [...frontMatter.warnings],
    lineOffset: frontMatter.lineCount,
    tableCount: 0,
    nearestObjective: () =>
      headings.at(-1)?.scope ?? findOrAddObjective(tree.root, FALLBACK_OBJECTIVE),
    tableObjectiveParent: () => {
      const nearest = headings.at(-1);
      return nearest && !nearest.namesNote ? nearest.scope : tree.root;
    },
  };

  // markdown-it stops nesting at maxNesting and drops what is deeper; say so.
  const cap = MAX_MARKDOWN_NESTING;
  let cutOff = false;
  const readHeading = (tokens: readonly Token[], index: number): void => {
    const token = tokens[index];
    const inline = tokens[index + 1];
    if (!token) return;
    const content = inline ? readBlockInline(inline, env) : readInline([]);
    const title =
      collapseWhitespace(content.segments.map((segment) => segment.text).join(' ')) || '(untitled)';
    const level = Number(token.tag.slice(1));
    if (level === 1) firstH1 ??= title;
    while ((headings.at(-1)?.level ?? 0) >= level) headings.pop();
    const parent = headings.at(-1);
    const namesNote = level === 1 && !parent && firstH1 === title && !tree.root.children.size;
    const scope = findOrAddObjective(parent && !parent.namesNote ? parent.scope : tree.root, title);
    headings.push({ level, scope, namesNote });
  };
  // Batches hold whole top-level blocks, so a list or table never straddles two of them.
  parseBlocks(frontMatter.body, env, (tokens) => {
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index];
      if (!token) continue;
      if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
        index = readRoadmapList(tokens, index, context);
      } else if (token.type === 'table_open') {
        index = readRoadmapTable(tokens, index, context);
      } else if (token.type === 'heading_open') {
        readHeading(tokens, index);
      }
    }
    for (let index = 0; !cutOff && index < tokens.length; index++) {
      cutOff = (tokens[index]?.level ?? 0) >= cap - 1;
    }
  });
  if (cutOff) context.warnings.push(`nesting deeper than ${cap} levels was cut off`);
  if (tree.projectCount === 0) throw new RoadmapInputError('nothing to import');
  return {
    title: frontMatter.title ?? firstH1,
    tags: frontMatter.tags,
    objectives: tree.objectives,
    warnings: context.warnings,
  };
}
