import { acceptLinkUrl } from '../domain/roadmap/accept-link-url';
import { isDayString } from '../domain/schedule/day-index';
import { MAX_ESTIMATE_MINUTES } from '../domain/schedule/effort';
import {
  EFFORT_HOURS_MAX,
  IN_PROGRESS_MAX,
  MINUTES_PER_DAY_MAX,
} from '../domain/settings/validate-settings';

/** Checks one field's value; `row` is there for fields whose rule depends on another field. */
export type Check = (value: unknown, row: Record<string, unknown>) => boolean;

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own field of `value`, so an inherited `__proto__` field never counts. */
export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

const text = (v: unknown): v is string => typeof v === 'string';
const number = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const boolean = (v: unknown) => typeof v === 'boolean';
const flag = (v: unknown) => v === 0 || v === 1;
const optional =
  (check: Check): Check =>
  (v, row) =>
    v === undefined || check(v, row);
const oneOf =
  (...values: unknown[]): Check =>
  (v) =>
    values.includes(v);
const list =
  (check: Check): Check =>
  (v, row) =>
    Array.isArray(v) && v.every((item) => check(item, row));
const whole =
  (min: number, max: number): Check =>
  (v) =>
    number(v) && Number.isInteger(v) && v >= min && v <= max;
const positiveUpTo =
  (max: number): Check =>
  (v) =>
    number(v) && v > 0 && v <= max;
const nonNegative = (v: unknown) => number(v) && v >= 0;
const day = (v: unknown) => text(v) && isDayString(v);
/** Every listed field passes its check, read as an own field of the value. */
const shaped =
  (shape: Record<string, Check>): Check =>
  (v) =>
    isRecord(v) && Object.entries(shape).every(([key, check]) => check(field(v, key), v));
// Links are clicked in the planner: a backup cannot bring back what an import would refuse.
const webUrl: Check = (v) => typeof v === 'string' && acceptLinkUrl(v) !== null;
const link = shaped({ url: webUrl, label: text });

const status = oneOf('active', 'paused', 'retired');
// Before phases, a project never studied was 'new'.
const statusV1 = oneOf('new', 'active', 'paused', 'retired');
const phase = oneOf('queued', 'building', 'reviewing');
const rating = oneOf('again', 'hard', 'good', 'easy');
const minutes = whole(1, MINUTES_PER_DAY_MAX);
const estimate = optional(positiveUpTo(MAX_ESTIMATE_MINUTES));

/** Per table, the check of each field a row must have. */
type Shapes = Record<string, Record<string, Check>>;

/** Format 1 (schema 2): projects scheduled like flashcards, every session rated. */
export const ROW_SHAPES_V1 = {
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
    url: webUrl,
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
  settings: { id: oneOf('settings') },
  sessions: {
    projectId: text,
    startedAt: number,
    groupId: optional(number),
    windowId: optional(number),
  },
} satisfies Shapes;

/** The progress a session changed, as kept with it for undo. */
const progress = shaped({
  phase,
  builtMinutes: nonNegative,
  childrenDone: list(text),
  card: optional(isRecord),
  status,
  notBefore: optional(number),
  deferred: optional(boolean),
});

/** Format 2 (schema 3): projects in phases, build sessions and rated reviews; as strict as the app. */
export const ROW_SHAPES_V2 = {
  ...ROW_SHAPES_V1,
  objectives: { ...ROW_SHAPES_V1.objectives, targetDate: optional(day) },
  projects: {
    ...ROW_SHAPES_V1.projects,
    status,
    phase,
    builtMinutes: nonNegative,
    estimateMinutes: estimate,
    noteEstimateMinutes: estimate,
    reviewMinutes: optional(minutes),
    childrenDone: list(text),
    deferred: optional(boolean),
  },
  reviews: {
    id: text,
    projectId: text,
    at: number,
    kind: oneOf('build', 'review'),
    // A review is rated; a build session never is.
    rating: (v, row) => (row.kind === 'build' ? v === undefined : rating(v, row)),
    minutes: number,
    note: text,
    childrenDone: optional(list(text)),
    finished: optional(boolean),
    before: progress,
  },
  settings: {
    id: oneOf('settings'),
    inProgress: whole(1, IN_PROGRESS_MAX),
    defaultEffortHours: positiveUpTo(EFFORT_HOURS_MAX),
    reviewMinutes: minutes,
  },
} satisfies Shapes;
