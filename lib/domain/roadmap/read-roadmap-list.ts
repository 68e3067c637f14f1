import type { Token } from 'markdown-it';
import type { ParsedProject } from './parsed-roadmap';
import type { ParseContext } from './parse-context';
import { addProject } from './objective-tree';
import { collapseWhitespace, readBlockInline } from './read-inline';
import { describeEstimateProblem, readTrailingEstimate } from './read-estimate';
import { readTaskMarker } from './read-item-marker';

/** Breakdown deeper than this is attached to the item at this depth, keeping output shallow. */
export const MAX_BREAKDOWN_DEPTH = 16;

interface OpenItem {
  project: ParsedProject;
  /** The item this one was attached to, or null for a top-level project. */
  parent: OpenItem | null;
  line: number;
}

function readItemText(item: OpenItem, inline: Token, context: ParseContext): void {
  const { segments, checkbox } = readBlockInline(inline, context.env);
  const project = item.project;
  if (project.title === '') {
    let text = '';
    for (let index = 0; index < segments.length; index++) {
      text += (index === 0 ? '' : ' ') + (segments[index]?.text ?? '');
    }
    text = collapseWhitespace(text);
    const task = readTaskMarker(inline.content);
    project.title = task ? (readTaskMarker(text)?.rest ?? text) : text;
    project.done = task?.done ?? checkbox?.checked ?? null;
    if (checkbox?.id !== undefined) project.checkboxId = checkbox.id;
  }
  // Later paragraphs of the item only contribute their links.
  for (const segment of segments) {
    for (const link of segment.links) project.links.push(link);
  }
}

/** A project's trailing `(20h)` is its estimate; breakdown items keep their text as written. */
function readEstimate(item: OpenItem, context: ParseContext): void {
  const read = readTrailingEstimate(item.project.title);
  item.project.title = read.title;
  if (read.minutes !== undefined) item.project.estimateMinutes = read.minutes;
  if (read.problem !== undefined) {
    const where = `line ${item.line}: `;
    context.warnings.push(describeEstimateProblem(where, read.title, read.problem, undefined));
  }
}

function closeItem(item: OpenItem, context: ParseContext): void {
  if (item.project.title === '') {
    context.warnings.push(`line ${item.line}: list item with no text, skipped`);
    const siblings = item.parent?.project.children;
    siblings?.splice(siblings.indexOf(item.project), 1);
  } else if (!item.parent) {
    readEstimate(item, context);
    item.project.line = item.line - 1;
    addProject(context.tree, context.nearestObjective(), item.project);
  }
}

/**
 * Reads the list opening at `start`: top-level items are projects, nested items their breakdown.
 * Walks the flat token stream with an explicit stack, so depth never grows the call stack.
 * Returns the index of the list's closing token.
 */
export function readRoadmapList(tokens: readonly Token[], start: number, context: ParseContext) {
  const first = tokens[start];
  if (!first) return start;
  const closeType = first.type.replace('_open', '_close');
  const stack: OpenItem[] = [];
  let flattened = false;
  let end = start + 1;
  for (; end < tokens.length; end++) {
    const token = tokens[end];
    if (!token || (token.type === closeType && token.level === first.level)) break;
    const current = stack[stack.length - 1];
    if (token.type === 'list_item_open') {
      const parent = stack[Math.min(stack.length, MAX_BREAKDOWN_DEPTH) - 1] ?? null;
      flattened ||= stack.length > MAX_BREAKDOWN_DEPTH;
      const project: ParsedProject = { title: '', done: null, links: [], children: [] };
      // Attach on open so breakdown keeps note order even when depth is capped.
      parent?.project.children.push(project);
      stack.push({ project, parent, line: (token.map?.[0] ?? 0) + context.lineOffset + 1 });
    } else if (token.type === 'list_item_close' && current) {
      stack.pop();
      closeItem(current, context);
    } else if (token.type === 'inline' && current && isTextBlock(tokens[end - 1])) {
      readItemText(current, token, context);
    } else if (token.type === 'html_block' && current?.project.title === '') {
      // A block of raw HTML as an item's text stays literal: consumers render titles as text.
      current.project.title = collapseWhitespace(token.content);
    }
  }
  if (flattened) {
    context.warnings.push(
      `breakdown nested deeper than ${MAX_BREAKDOWN_DEPTH} levels was attached at level ${MAX_BREAKDOWN_DEPTH}`,
    );
  }
  return end;
}

function isTextBlock(token: Token | undefined): boolean {
  return token?.type === 'paragraph_open' || token?.type === 'heading_open';
}
