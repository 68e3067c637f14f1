import { MAX_ROADMAP_BYTES } from '../roadmap/decode-roadmap-file';
import { acceptLinkUrl } from '../roadmap/accept-link-url';
import { isPageNote } from '../reading/page-note';
import { RESOURCE_KIND_LABELS } from '../resource-kind-labels';
import { isDayString } from '../schedule/day-index';
import { MAX_ESTIMATE_MINUTES } from '../schedule/effort';
import {
  EFFORT_HOURS_MAX,
  IN_PROGRESS_MAX,
  isObsidianName,
  LEFT_OUT_OBJECTIVES_MAX,
  LEFT_OUT_TITLE_MAX,
  MAXIMUM_INTERVAL_MAX,
  MINUTES_PER_DAY_MAX,
} from '../settings/validate-settings';
import { isStorableAddress } from '../tabs/storable-address';
import type {
  ActiveSession,
  AttachVia,
  MemoryCard,
  Objective,
  ProgressState,
  Project,
  Resource,
  Review,
  Roadmap,
  Settings,
} from '../types';
import {
  between,
  boolean,
  type Check,
  flag,
  list,
  number,
  oneOf,
  optional,
  positiveUpTo,
  shaped,
  text,
  textUpTo,
  time,
  whole,
} from './row-checks';

/** Every field of an entity, each with its rule: a field added to a type must be given one here. */
type Rules<T> = { [K in keyof T]-?: Check };

/** The longest title an attached page keeps; longer ones are cut when attached. */
const MAX_RESOURCE_TITLE_LENGTH = 500;
/** Generous bounds on lists a user grows by hand, so a crafted file cannot hold millions. */
const MAX_LIST_ITEMS = 10_000;

const ATTACH_VIA: Record<AttachVia, true> = {
  'context-menu': true,
  popup: true,
  import: true,
  bulk: true,
  command: true,
};

const day: Check = (v) => text(v) && isDayString(v);
const nonNegative = between(0, Number.MAX_SAFE_INTEGER);
const count = whole(0, Number.MAX_SAFE_INTEGER);
const minutes = whole(1, MINUTES_PER_DAY_MAX);
const estimate = optional(positiveUpTo(MAX_ESTIMATE_MINUTES));
const status = oneOf(['active', 'paused', 'retired']);
const phase = oneOf(['queued', 'building', 'reviewing']);
const rating = oneOf(['again', 'hard', 'good', 'easy']);
const texts = list(text, MAX_LIST_ITEMS);
// Links are clicked in the planner: nothing may bring back what an import would refuse.
const link = shaped({ url: (v) => text(v) && acceptLinkUrl(v) !== null, label: text });

/** FSRS memory state, as ts-fsrs hands it over (fsrs-card.ts). */
const card: Check = shaped({
  due: time,
  stability: nonNegative,
  difficulty: nonNegative,
  elapsedDays: nonNegative,
  scheduledDays: nonNegative,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: oneOf([0, 1, 2, 3]),
  lastReview: optional(time),
} satisfies Rules<MemoryCard>);

const progress = {
  phase,
  builtMinutes: nonNegative,
  childrenDone: texts,
  card: optional(card),
  status,
  notBefore: optional(time),
  deferred: optional(boolean),
} satisfies Rules<ProgressState>;

export const ROADMAP_RULES = {
  id: text,
  title: text,
  source: text,
  sourceHash: text,
  importedAt: time,
  tags: texts,
  rawText: textUpTo(MAX_ROADMAP_BYTES),
} satisfies Rules<Roadmap>;

export const OBJECTIVE_RULES = {
  id: text,
  roadmapId: text,
  title: text,
  order: number,
  archived: flag,
  targetDate: optional(day),
} satisfies Rules<Objective>;

export const PROJECT_RULES = {
  id: text,
  objectiveId: text,
  roadmapId: text,
  key: text,
  title: text,
  order: number,
  links: list(link, MAX_LIST_ITEMS),
  children: texts,
  done: boolean,
  estimateMinutes: estimate,
  noteEstimateMinutes: estimate,
  sessionMinutes: optional(minutes),
  reviewMinutes: optional(minutes),
  archived: flag,
  ...progress,
} satisfies Rules<Project>;

export const RESOURCE_RULES = {
  id: text,
  projectId: text,
  url: (v) => text(v) && isStorableAddress(v),
  title: textUpTo(MAX_RESOURCE_TITLE_LENGTH),
  kind: oneOf(Object.keys(RESOURCE_KIND_LABELS)),
  attachedAt: time,
  lastOpenedAt: optional(time),
  via: oneOf(Object.keys(ATTACH_VIA)),
  readAt: optional(time),
  note: optional(isPageNote),
} satisfies Rules<Resource>;

export const REVIEW_RULES = {
  id: text,
  projectId: text,
  at: time,
  kind: oneOf(['build', 'review']),
  // A review is rated; a build session never is.
  rating: (v, row) => (row.kind === 'build' ? v === undefined : rating(v, row)),
  minutes: between(0, MINUTES_PER_DAY_MAX),
  note: text,
  childrenDone: optional(texts),
  finished: optional(boolean),
  before: shaped(progress),
} satisfies Rules<Review>;

/** The shape of the settings row; its values are judged by validateSettings as well. */
export const SETTINGS_RULES = {
  id: oneOf(['settings']),
  minutesPerWeekday: (v) => Array.isArray(v) && v.length === 7 && v.every(number),
  restDays: list(number, 7),
  desiredRetention: number,
  maximumIntervalDays: whole(1, MAXIMUM_INTERVAL_MAX),
  inProgress: whole(1, IN_PROGRESS_MAX),
  defaultEffortHours: positiveUpTo(EFFORT_HOURS_MAX),
  defaultSessionMinutes: minutes,
  reviewMinutes: minutes,
  objectiveOrder: texts,
  breaks: list(shaped({ from: day, to: day }), MAX_LIST_ITEMS),
  leftOutObjectives: list(
    (v) => text(v) && v.length > 0 && v.length <= LEFT_OUT_TITLE_MAX,
    LEFT_OUT_OBJECTIVES_MAX,
  ),
  obsidianVault: isObsidianName,
  obsidianFile: isObsidianName,
} satisfies Rules<Settings>;

export const SESSION_RULES = {
  projectId: text,
  startedAt: time,
  groupId: optional(whole(-1, Number.MAX_SAFE_INTEGER)),
  windowId: optional(whole(-1, Number.MAX_SAFE_INTEGER)),
} satisfies Rules<ActiveSession>;
