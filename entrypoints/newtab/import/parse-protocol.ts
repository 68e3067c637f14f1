import type { ParsedRoadmap } from '../../../lib/domain/roadmap/parsed-roadmap';

/** What the page asks the parse worker: the file's bytes (decoded there) or pasted text. */
export type ParseRequest = { bytes: ArrayBuffer } | { text: string };

export type ParsePhase = 'decoding' | 'parsing';

/** Progress, then exactly one of parsed / refused / failed. One worker serves one request. */
export type ParseReply =
  | { type: 'progress'; phase: ParsePhase; kilobytes: number }
  | { type: 'parsed'; text: string; parsed: ParsedRoadmap }
  /** The note was refused (RoadmapInputError): the message is for the user as is. */
  | { type: 'refused'; message: string }
  | { type: 'failed'; message: string };
