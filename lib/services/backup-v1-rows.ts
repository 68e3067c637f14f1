import { acceptLinkUrl } from '../domain/roadmap/accept-link-url';
import {
  boolean,
  type Check,
  flag,
  isRecord,
  list,
  number,
  oneOf,
  optional,
  text,
} from '../domain/rows/row-checks';

const link: Check = (v) =>
  isRecord(v) && text(v.url) && acceptLinkUrl(v.url) !== null && text(v.label);

// Before phases, a project never studied was 'new'.
const statusV1 = oneOf(['new', 'active', 'paused', 'retired']);
const rating = oneOf(['again', 'hard', 'good', 'easy']);

/**
 * Format 1 (schema 2): projects scheduled like flashcards, every session rated. Its rows are read
 * with the fields that version wrote; once upgraded they must pass today's row rules like any other.
 */
export const V1_ROW_SHAPES = {
  roadmaps: {
    id: text,
    title: text,
    source: text,
    sourceHash: text,
    importedAt: number,
    tags: list(text),
    rawText: text,
  },
  objectives: { id: text, roadmapId: text, title: text, order: number, archived: flag },
  projects: {
    id: text,
    objectiveId: text,
    roadmapId: text,
    key: text,
    title: text,
    order: number,
    links: list(link),
    children: list(text),
    done: boolean,
    status: statusV1,
    sessionMinutes: optional(number),
    card: optional(isRecord),
    notBefore: optional(number),
    archived: flag,
  },
  resources: {
    id: text,
    projectId: text,
    url: text,
    title: text,
    kind: text,
    attachedAt: number,
    lastOpenedAt: optional(number),
    via: text,
  },
  reviews: {
    id: text,
    projectId: text,
    at: number,
    rating,
    minutes: number,
    note: text,
    cardBefore: optional(isRecord),
    statusBefore: text,
  },
  settings: { id: oneOf(['settings']) },
  sessions: {
    projectId: text,
    startedAt: number,
    groupId: optional(number),
    windowId: optional(number),
  },
} satisfies Record<string, Record<string, Check>>;
