import { normaliseLineEndings } from './normalise-line-endings';
import { RoadmapInputError } from './roadmap-input-error';

export const MAX_ROADMAP_BYTES = 20 * 1024 * 1024;

export const TOO_LARGE_MESSAGE = 'file too large (limit 20 MB)';

const NOT_TEXT_MESSAGE = 'not a text or markdown file';

/** Turns the bytes of a dropped or picked file into note text, refusing anything that is not text. */
export function decodeRoadmapFile(bytes: Uint8Array): string {
  if (bytes.byteLength > MAX_ROADMAP_BYTES) throw new RoadmapInputError(TOO_LARGE_MESSAGE);
  // Images, archives and other binaries nearly always hold a NUL byte early on.
  if (bytes.includes(0)) throw new RoadmapInputError(NOT_TEXT_MESSAGE);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new RoadmapInputError(NOT_TEXT_MESSAGE);
  }
  return normaliseLineEndings(text);
}
