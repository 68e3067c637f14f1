import { decodeRoadmapFile } from '../../../lib/domain/roadmap/decode-roadmap-file';
import { parseRoadmap } from '../../../lib/domain/roadmap/parse-roadmap';
import type { ParseReply, ParseRequest } from './parse-protocol';

/** Decodes and parses one request, reporting each phase; shared by the worker and the fallback. */
export function parseNote(request: ParseRequest, report: (reply: ParseReply) => void): void {
  try {
    let text: string;
    if ('bytes' in request) {
      report({
        type: 'progress',
        phase: 'decoding',
        kilobytes: kilobytes(request.bytes.byteLength),
      });
      text = decodeRoadmapFile(new Uint8Array(request.bytes));
    } else {
      text = request.text;
    }
    report({ type: 'progress', phase: 'parsing', kilobytes: kilobytes(text.length) });
    report({ type: 'parsed', text, parsed: parseRoadmap(text) });
  } catch (error) {
    const refused = error instanceof Error && error.name === 'RoadmapInputError';
    report({
      type: refused ? 'refused' : 'failed',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}

function kilobytes(size: number): number {
  return Math.max(1, Math.round(size / 1024));
}
