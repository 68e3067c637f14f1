import type { AttachUndo } from '../domain/tabs/attach-undo';
import type { AttachVia } from '../domain/types';
import type { AttachResult } from './attach-resource';

/** One line telling the user what an attach did. */
export function describeAttachResult(result: AttachResult): { ok: boolean; message: string } {
  if (!result.ok) return { ok: false, message: result.reason };
  const verb = result.updated ? 'Already attached to' : 'Attached to';
  return { ok: true, message: `${verb} “${result.projectTitle}”.` };
}

/** A summary of a bulk attach: how many went in, how many were already there, what was refused. */
export function describeBulkResult(results: AttachResult[]): { ok: boolean; message: string } {
  const done = results.filter((result) => result.ok);
  const added = done.filter((result) => !result.updated).length;
  const updated = done.length - added;
  const projects = new Set(done.map((result) => result.resource.projectId)).size;
  const refused = results.length - done.length;
  const parts: string[] = [];
  if (added > 0) {
    parts.push(`Attached ${plural(added, 'tab')} to ${plural(projects, 'project')}.`);
  }
  if (updated > 0) parts.push(`${plural(updated, 'tab')} already attached, updated.`);
  if (refused > 0) parts.push(`${plural(refused, 'tab')} refused.`);
  return { ok: refused === 0, message: parts.join(' ') || 'Nothing to attach.' };
}

type Attached = Extract<AttachResult, { ok: true }>;

/** The undo record for the rows an attach wrote, or null when it wrote nothing. */
export function recordAttach(
  results: AttachResult[],
  context: { via: AttachVia; at: number; tabId?: number },
): AttachUndo | null {
  const done = results.filter((result): result is Attached => result.ok);
  const [only] = done;
  if (!only) return null;
  const summary =
    done.length === 1
      ? `“${only.resource.title}” → “${only.projectTitle}”`
      : `${plural(done.length, 'tab')} attached`;
  const entries = done.map(({ resource, previous }) =>
    previous ? { resource, previous } : { resource },
  );
  return { summary, ...context, entries };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
