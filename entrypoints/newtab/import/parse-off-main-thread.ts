import type { ParsedRoadmap } from '../../../lib/domain/roadmap/parsed-roadmap';
import { UserError } from '../../../lib/services/user-error';
import type { ParsePhase, ParseReply, ParseRequest } from './parse-protocol';
// WXT defines import.meta.url as self.location.href, which hides Vite's
// `new Worker(new URL(..., import.meta.url))` pattern; the `?worker` import is bundled either way.
import ParseWorker from './parse-roadmap.worker.ts?worker';
import { startWorker } from '../start-worker';

export interface ParsedNote {
  text: string;
  parsed: ParsedRoadmap;
}

/** A refused note; its message is shown to the user as is. */
export class NoteRefusedError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'NoteRefusedError';
  }
}

/**
 * Decodes and parses a note in a module worker, reporting progress. Only where workers are missing
 * does it parse on this thread (the parser then loads on demand). Abort terminates the worker.
 */
export function parseOffMainThread(
  request: ParseRequest,
  onProgress: (phase: ParsePhase, kilobytes: number) => void,
  signal: AbortSignal,
): Promise<ParsedNote> {
  return new Promise((resolve, reject) => {
    const settle = (reply: ParseReply) => {
      if (signal.aborted) return;
      if (reply.type === 'progress') onProgress(reply.phase, reply.kilobytes);
      else if (reply.type === 'parsed') resolve({ text: reply.text, parsed: reply.parsed });
      else if (reply.type === 'refused') reject(new NoteRefusedError(reply.message));
      else reject(new Error(reply.message));
    };
    const worker = startWorker(ParseWorker, 'parse-roadmap');
    if (!worker) {
      void import('./parse-note').then(({ parseNote }) => parseNote(request, settle), reject);
      return;
    }
    const stop = () => worker.terminate();
    signal.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<ParseReply>) => {
      settle(event.data);
      if (event.data.type !== 'progress') {
        stop();
        signal.removeEventListener('abort', stop);
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      reject(new Error(`the parser failed to start (${event.message || 'worker error'})`));
    };
    const transfer = 'bytes' in request ? [request.bytes] : [];
    worker.postMessage(request, transfer);
  });
}
