import type { AttachResult } from './attach-resource';

/** One line telling the user what an attach did. */
export function describeAttachResult(result: AttachResult): { ok: boolean; message: string } {
  if (!result.ok) return { ok: false, message: result.reason };
  const verb = result.updated ? 'Already attached to' : 'Attached to';
  return { ok: true, message: `${verb} “${result.projectTitle}”.` };
}
