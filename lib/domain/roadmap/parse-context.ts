import type { ObjectiveScope, ObjectiveTree } from './objective-tree';
import type { MarkdownEnv } from './roadmap-markdown';

/** What the block readers share while walking one note. */
export interface ParseContext {
  tree: ObjectiveTree;
  /** markdown-it's env from the block pass, holding reference link definitions. */
  env: MarkdownEnv;
  warnings: string[];
  /** Lines taken by front matter, so warnings name lines of the file the user has. */
  lineOffset: number;
  /** Number of tables seen so far, to name the table in a warning. */
  tableCount: number;
  /** The nearest heading's objective, or "Roadmap" when the note has none. */
  nearestObjective: () => ObjectiveScope;
  /** Where objectives named by a table column go: under the nearest section heading. */
  tableObjectiveParent: () => ObjectiveScope;
}
