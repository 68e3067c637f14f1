import { Component } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { groupBy } from '../lib/domain/group-by';
import { obsidianNoteUrl, type ObsidianNote } from '../lib/domain/note/obsidian-link';
import { OBJECTIVE_PATH_SEPARATOR } from '../lib/domain/roadmap/flatten-roadmap';
import {
  estimateOf,
  objectiveProgress,
  raisedEstimate,
  SHORTEST_PROJECT_SESSION_MINUTES,
} from '../lib/domain/schedule/effort';
import type { RoadmapForecast } from '../lib/domain/schedule/forecast-roadmap';
import type { Objective, Project } from '../lib/domain/types';
import { formatHours, formatPercent } from './format';
import { ObjectiveOutlook } from './roadmap/ObjectiveOutlook';
import { ProjectProgress } from './roadmap/ProjectProgress';

export interface RoadmapActions {
  setDone: (projectId: string, done: boolean) => void;
  setStatus: (projectId: string, status: 'paused' | 'retired' | 'resume') => void;
  setSessionMinutes: (projectId: string, minutes: number | undefined) => void;
  setReviewMinutes: (projectId: string, minutes: number | undefined) => void;
  /** Start a queued project now (true) or put a building one back in the queue (false). */
  setBuilding: (projectId: string, building: boolean) => void;
  /** The project's own estimate in minutes; undefined: the default. */
  setEstimate: (projectId: string, minutes: number | undefined) => void;
  setTargetDate: (objectiveId: string, day: string | undefined) => void;
  moveObjective: (objectiveId: string, toIndex: number) => void;
  resetObjectiveOrder: () => void;
  toggleDetails: (projectId: string) => void;
}

interface RoadmapOverviewProps {
  title: string;
  /** Live objectives in the user's order. */
  objectives: Objective[];
  /** The user has put the objectives in an order of their own. */
  reordered: boolean;
  projects: Project[];
  resourceCounts: ReadonlyMap<string, number>;
  freshness: ReadonlyMap<string, number | null>;
  defaultSessionMinutes: number;
  defaultReviewMinutes: number;
  /** The estimate of a project without its own, from settings. */
  defaultEffortHours: number;
  /** The plan played to its end; null until it is worked out. */
  forecast: RoadmapForecast | null;
  /** For late objectives: minutes a day that would reach them by their target (null: none would). */
  needed: ReadonlyMap<string, number | null>;
  /** The forecast's first day, `YYYY-MM-DD`. */
  today: string;
  openProjectId: string | null;
  /** Rendered under the open project: its resources and history. */
  details: preact.ComponentChildren;
  actions: RoadmapActions | null;
  /** Objectives the user opened or closed last time, against the default. */
  initialToggled?: readonly string[];
  /** A project to show when the view opens: its objective open, its row scrolled to. */
  focusProjectId?: string | null;
  /** Told of every open or close, to remember them for next time. */
  onToggledChange?: (toggled: string[]) => void;
  /** Where the note is in Obsidian (Settings); each objective and project links to it when set. */
  obsidian?: ObsidianNote;
}

/** The note in Obsidian at the objective's own heading (a nested one's last part); null unless set. */
function objectiveInObsidian(note: ObsidianNote | undefined, title: string): string | null {
  if (!note) return null;
  const heading = title.split(OBJECTIVE_PATH_SEPARATOR).at(-1);
  return obsidianNoteUrl(note.vault, note.file, heading);
}

/** A plain link: Chromium hands a custom scheme to the app registered for it, and stays here. */
function ObsidianLink({ href, title }: { href: string; title: string }) {
  return (
    <a class="obsidian-link" href={href} aria-label={`Open in Obsidian: ${title}`}>
      Open in Obsidian
    </a>
  );
}

/** Beyond this many projects the objectives start closed (but the first), so the page opens fast. */
export const OPEN_ALL_UP_TO = 200;

/**
 * Objectives with their projects, in the order the user planned them (drag an objective by its
 * handle, or use its Move buttons). Every piece of user text is rendered as text.
 */
export function RoadmapOverview(props: RoadmapOverviewProps) {
  const { title, objectives, projects, resourceCounts, freshness, forecast, actions } = props;
  const byObjective = groupBy(projects, (p) => p.objectiveId);
  const [dragged, setDragged] = useState<string | null>(null);
  // Objectives opened or closed by the user, against the default: all open, or in a big roadmap
  // only the one that came first when the page opened (it stays open when reordered).
  const [toggled, setToggledState] = useState<ReadonlySet<string>>(
    () => new Set(props.initialToggled),
  );
  const setToggled = (next: ReadonlySet<string>) => {
    setToggledState(next);
    props.onToggledChange?.([...next]);
  };
  const [firstShown] = useState(
    () => projects.find((p) => p.id === props.focusProjectId)?.objectiveId ?? objectives[0]?.id,
  );
  const big = projects.length > OPEN_ALL_UP_TO;
  const isOpen = (id: string) => (!big || id === firstShown) !== toggled.has(id);
  const allOpen = objectives.every((o) => isOpen(o.id));
  const setAll = (open: boolean) =>
    setToggled(new Set(objectives.filter((o) => (o.id === firstShown) !== open).map((o) => o.id)));
  const toggle = (id: string) => {
    const after = new Set(toggled);
    if (!after.delete(id)) after.add(id);
    setToggled(after);
  };
  // A moved objective's section is re-inserted, which drops the keyboard focus: once the new order
  // arrives, put it back on the button pressed (or its twin at either end), so Enter keeps moving.
  const [moved, setMoved] = useState<{
    id: string;
    up: boolean;
    before: Objective[];
  } | null>(null);
  const root = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    if (!props.focusProjectId) return;
    const row = [...(root.current?.querySelectorAll<HTMLElement>('.project') ?? [])].find(
      (element) => element.dataset.projectId === props.focusProjectId,
    );
    row?.scrollIntoView({ block: 'start' });
  }, []);
  useLayoutEffect(() => {
    if (!moved || objectives === moved.before) return;
    setMoved(null);
    const section = [...(root.current?.querySelectorAll<HTMLElement>('.objective') ?? [])].find(
      (element) => element.dataset.objectiveId === moved.id,
    );
    const [up, down] =
      section?.querySelectorAll<HTMLButtonElement>('.objective-head .row-actions button') ?? [];
    const wanted = moved.up ? up : down;
    (wanted && !wanted.disabled ? wanted : moved.up ? down : up)?.focus();
  }, [moved, objectives]);
  const move = (id: string, index: number, up: boolean) => {
    actions?.moveObjective(id, up ? index - 1 : index + 1);
    setMoved({ id, up, before: objectives });
  };
  return (
    <section class="roadmap" aria-labelledby="roadmap-title" ref={root}>
      <h1 id="roadmap-title">{title}</h1>
      {actions && props.reordered && (
        <p class="muted">
          Objectives are in your order.{' '}
          <button type="button" class="link" onClick={actions.resetObjectiveOrder}>
            Back to the note's order
          </button>
        </p>
      )}
      {big && (
        <p class="muted">
          {projects.length} projects: open an objective to see its own.{' '}
          <button type="button" class="link" onClick={() => setAll(!allOpen)}>
            {allOpen ? 'Close all' : 'Open all'}
          </button>
        </p>
      )}
      {objectives.map((objective, index) => {
        const own = byObjective.get(objective.id) ?? [];
        const inObsidian = objectiveInObsidian(props.obsidian, objective.title);
        const open = isOpen(objective.id);
        const listId = `projects-${objective.id}`;
        const progress = objectiveProgress(own, { defaultEffortHours: props.defaultEffortHours });
        const fresh = freshness.get(objective.id);
        const dropTarget = dragged !== null && dragged !== objective.id;
        return (
          <section
            class={['objective', open ? '' : 'closed', dropTarget ? 'drop-target' : '']
              .filter(Boolean)
              .join(' ')}
            key={objective.id}
            aria-label={objective.title}
            data-objective-id={objective.id}
            onDragOver={(event) => {
              if (dropTarget) event.preventDefault();
            }}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged && dropTarget) actions?.moveObjective(dragged, index);
              setDragged(null);
            }}
          >
            <div class="objective-head">
              {actions && (
                <span
                  class="drag-handle"
                  draggable
                  title="Drag to reorder"
                  aria-hidden="true"
                  onDragStart={(event) => {
                    event.dataTransfer?.setData('text/plain', objective.title);
                    setDragged(objective.id);
                  }}
                  onDragEnd={() => setDragged(null)}
                >
                  ⠿
                </span>
              )}
              <h2>
                <button
                  type="button"
                  class="objective-toggle"
                  aria-expanded={open}
                  aria-controls={open ? listId : undefined}
                  onClick={() => toggle(objective.id)}
                >
                  {objective.title}
                </button>{' '}
                <span class="muted">
                  {progress.done}/{progress.count} done · {formatHours(progress.built)} of{' '}
                  {formatHours(progress.estimate)} built
                  {fresh != null && ` · ${formatPercent(fresh)} fresh`}
                </span>
              </h2>
              {inObsidian && <ObsidianLink href={inObsidian} title={objective.title} />}
              {actions && (
                <span class="row-actions">
                  <button
                    type="button"
                    aria-label={`Move ${objective.title} up`}
                    disabled={index === 0}
                    onClick={() => move(objective.id, index, true)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    aria-label={`Move ${objective.title} down`}
                    disabled={index === objectives.length - 1}
                    onClick={() => move(objective.id, index, false)}
                  >
                    ↓
                  </button>
                </span>
              )}
            </div>
            <ObjectiveOutlook
              title={objective.title}
              targetDate={objective.targetDate}
              outlook={forecast?.objectives.get(objective.id)}
              needed={props.needed.get(objective.id)}
              openProjects={progress.count - progress.done}
              today={props.today}
              onTargetDate={
                actions && ((day: string | undefined) => actions.setTargetDate(objective.id, day))
              }
            />
            {open && (
              <ul class="projects" id={listId}>
                {own.map((project) => {
                  const dates = forecast?.projects.get(project.id);
                  return (
                    <ProjectRow
                      key={project.id}
                      project={project}
                      resources={resourceCounts.get(project.id) ?? 0}
                      defaultMinutes={props.defaultSessionMinutes}
                      defaultReviewMinutes={props.defaultReviewMinutes}
                      defaultEffortHours={props.defaultEffortHours}
                      start={dates?.start}
                      doneBy={dates?.done}
                      today={props.today}
                      open={props.openProjectId === project.id}
                      details={props.openProjectId === project.id ? props.details : null}
                      actions={actions}
                      inObsidian={inObsidian}
                    />
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}

interface ProjectRowProps {
  project: Project;
  resources: number;
  defaultMinutes: number;
  defaultReviewMinutes: number;
  defaultEffortHours: number;
  /** Forecast days (see ProjectProgress); undefined when not in the forecast. */
  start: string | null | undefined;
  doneBy: string | null | undefined;
  today: string;
  open: boolean;
  details: preact.ComponentChildren;
  actions: RoadmapActions | null;
  /** The note in Obsidian at the project's objective; null when not set. */
  inObsidian: string | null;
}

const sameLink = (
  a: Project['links'][number] | undefined,
  b: Project['links'][number] | undefined,
) => a?.url === b?.url;

/** Every field a row shows, so an unchanged row is skipped even though each read makes new objects. */
function sameRow(a: ProjectRowProps, b: ProjectRowProps) {
  const p = a.project;
  const q = b.project;
  return (
    p.id === q.id &&
    p.title === q.title &&
    p.status === q.status &&
    p.phase === q.phase &&
    p.builtMinutes === q.builtMinutes &&
    p.estimateMinutes === q.estimateMinutes &&
    p.sessionMinutes === q.sessionMinutes &&
    p.reviewMinutes === q.reviewMinutes &&
    a.defaultReviewMinutes === b.defaultReviewMinutes &&
    sameLink(p.links[0], q.links[0]) &&
    a.resources === b.resources &&
    a.defaultMinutes === b.defaultMinutes &&
    a.defaultEffortHours === b.defaultEffortHours &&
    a.start === b.start &&
    a.doneBy === b.doneBy &&
    a.today === b.today &&
    a.open === b.open &&
    a.details === b.details &&
    a.actions === b.actions &&
    a.inObsidian === b.inObsidian
  );
}

/**
 * A roadmap can hold 1,000 projects: marking one done re-renders only its row.
 */
class ProjectRow extends Component<ProjectRowProps> {
  override shouldComponentUpdate(next: ProjectRowProps) {
    return !sameRow(this.props, next);
  }

  override render() {
    return <ProjectRowView {...this.props} />;
  }
}

/** The phase as a word; paused and retired projects show their status instead. */
const PHASE_WORDS: Record<Project['phase'], string> = {
  queued: 'queued',
  building: 'building',
  reviewing: 'done',
};

function ProjectRowView(props: ProjectRowProps) {
  const { project, resources, defaultMinutes, defaultEffortHours, open, details, actions } = props;
  // A done project's sessions are reviews: the field sets their length instead.
  const reviewing = project.phase === 'reviewing';
  const upNext = project.phase === 'queued' && props.start === props.today;
  const main = project.links[0];
  const inactive = project.status === 'paused' || project.status === 'retired';
  const done = project.phase === 'reviewing';
  const estimate = estimateOf(project, { defaultEffortHours });
  const built = Math.max(0, project.builtMinutes);
  // The plan gives it one more session at a time until the user raises the estimate or says done.
  const pastEstimate = !inactive && project.phase === 'building' && built >= estimate;
  return (
    <li class={done ? 'project done' : 'project'} data-project-id={project.id}>
      <div class="project-line">
        <input
          type="checkbox"
          checked={done}
          disabled={!actions}
          aria-label={`${project.title} done`}
          onChange={(e) => actions?.setDone(project.id, (e.target as HTMLInputElement).checked)}
        />
        {main ? (
          <a href={main.url} target="_blank" rel="noopener noreferrer">
            {project.title}
          </a>
        ) : (
          <span>{project.title}</span>
        )}
        <span class={`tag phase-${inactive ? project.status : project.phase}`}>
          {inactive ? project.status : upNext ? 'up next' : PHASE_WORDS[project.phase]}
        </span>
        {props.inObsidian && <ObsidianLink href={props.inObsidian} title={project.title} />}
        {resources > 0 && (
          <span class="muted resource-count">
            {resources} {resources === 1 ? 'resource' : 'resources'}
          </span>
        )}
        {actions && (
          <span class="row-actions">
            <label class="estimate">
              <input
                aria-label={`Estimate (h) for ${project.title}`}
                type="number"
                min={0.5}
                step={0.5}
                placeholder={String(defaultEffortHours)}
                value={
                  project.estimateMinutes === undefined
                    ? ''
                    : String(Math.round((project.estimateMinutes / 60) * 100) / 100)
                }
                onChange={(e) => {
                  const input = e.target as HTMLInputElement;
                  if (input.validity.badInput) return;
                  const hours = input.value === '' ? undefined : Number(input.value);
                  actions.setEstimate(
                    project.id,
                    hours === undefined ? undefined : Math.round(hours * 60),
                  );
                }}
              />
              <span aria-hidden="true">h</span>
            </label>
            <label class="minutes">
              <input
                aria-label={`${reviewing ? 'Review' : 'Session'} minutes for ${project.title}`}
                type="number"
                min={SHORTEST_PROJECT_SESSION_MINUTES}
                max={600}
                step={5}
                value={
                  reviewing
                    ? (project.reviewMinutes ?? props.defaultReviewMinutes)
                    : (project.sessionMinutes ?? defaultMinutes)
                }
                onChange={(e) => {
                  const value = Number((e.target as HTMLInputElement).value);
                  if (!Number.isFinite(value) || value < SHORTEST_PROJECT_SESSION_MINUTES) return;
                  if (reviewing) actions.setReviewMinutes(project.id, value);
                  else actions.setSessionMinutes(project.id, value);
                }}
              />
              <span aria-hidden="true">min</span>
            </label>
            {/* One button that changes its word, so the keyboard stays on it. */}
            {/* One starting today anyway needs no Start now. */}
            {!inactive && !done && !upNext && (
              <button
                type="button"
                onClick={() => actions.setBuilding(project.id, project.phase === 'queued')}
              >
                {project.phase === 'queued' ? 'Start now' : 'Back to queue'}
              </button>
            )}
            {inactive ? (
              <button type="button" onClick={() => actions.setStatus(project.id, 'resume')}>
                Resume
              </button>
            ) : (
              <>
                <button type="button" onClick={() => actions.setStatus(project.id, 'paused')}>
                  Pause
                </button>
                <button type="button" onClick={() => actions.setStatus(project.id, 'retired')}>
                  Retire
                </button>
              </>
            )}
            <button
              type="button"
              aria-expanded={open}
              onClick={() => actions.toggleDetails(project.id)}
            >
              {open ? 'Hide' : 'Details'}
            </button>
          </span>
        )}
      </div>
      <ProjectProgress
        title={project.title}
        phase={project.phase}
        built={built}
        estimate={estimate}
        start={inactive ? undefined : props.start}
        doneBy={inactive ? undefined : props.doneBy}
        today={props.today}
      />
      {pastEstimate && (
        <p class="past-estimate">
          Past its {formatHours(estimate)} estimate.{' '}
          {actions && (
            <>
              <button
                type="button"
                onClick={() => actions.setEstimate(project.id, raisedEstimate(estimate, built))}
              >
                Raise to {formatHours(raisedEstimate(estimate, built))}
              </button>{' '}
              <button type="button" onClick={() => actions.setDone(project.id, true)}>
                Mark done
              </button>
            </>
          )}
        </p>
      )}
      {details}
    </li>
  );
}
