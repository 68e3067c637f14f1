import { Component } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { groupBy } from '../lib/domain/group-by';
import type { Objective, Project } from '../lib/domain/types';
import { formatPercent } from './format';

export interface RoadmapActions {
  setDone: (projectId: string, done: boolean) => void;
  setStatus: (projectId: string, status: 'paused' | 'retired' | 'resume') => void;
  setSessionMinutes: (projectId: string, minutes: number | undefined) => void;
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
  openProjectId: string | null;
  /** Rendered under the open project: its resources and history. */
  details: preact.ComponentChildren;
  actions: RoadmapActions | null;
  /** Objectives the user opened or closed last time, against the default. */
  initialToggled?: readonly string[];
  /** Told of every open or close, to remember them for next time. */
  onToggledChange?: (toggled: string[]) => void;
}

/** Beyond this many projects the objectives start closed (but the first), so the page opens fast. */
export const OPEN_ALL_UP_TO = 200;

/**
 * Objectives with their projects, in the order the user planned them (drag an objective by its
 * handle, or use its Move buttons). Every piece of user text is rendered as text.
 */
export function RoadmapOverview(props: RoadmapOverviewProps) {
  const { title, objectives, projects, resourceCounts, freshness, actions } = props;
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
  const [firstShown] = useState(() => objectives[0]?.id);
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
        const open = isOpen(objective.id);
        const listId = `projects-${objective.id}`;
        const done = own.filter((p) => p.done).length;
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
                  {done}/{own.length} done{fresh != null && ` · ${formatPercent(fresh)} fresh`}
                </span>
              </h2>
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
            {open && (
              <ul class="projects" id={listId}>
                {own.map((project) => (
                  <ProjectRow
                    key={project.id}
                    project={project}
                    resources={resourceCounts.get(project.id) ?? 0}
                    defaultMinutes={props.defaultSessionMinutes}
                    open={props.openProjectId === project.id}
                    details={props.openProjectId === project.id ? props.details : null}
                    actions={actions}
                  />
                ))}
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
  open: boolean;
  details: preact.ComponentChildren;
  actions: RoadmapActions | null;
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
    p.done === q.done &&
    p.status === q.status &&
    p.sessionMinutes === q.sessionMinutes &&
    sameLink(p.links[0], q.links[0]) &&
    a.resources === b.resources &&
    a.defaultMinutes === b.defaultMinutes &&
    a.open === b.open &&
    a.details === b.details &&
    a.actions === b.actions
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

function ProjectRowView({
  project,
  resources,
  defaultMinutes,
  open,
  details,
  actions,
}: ProjectRowProps) {
  const main = project.links[0];
  const inactive = project.status === 'paused' || project.status === 'retired';
  return (
    <li class={project.done ? 'project done' : 'project'} data-project-id={project.id}>
      <div class="project-line">
        <input
          type="checkbox"
          checked={project.done}
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
        {inactive && <span class="tag">{project.status}</span>}
        {resources > 0 && (
          <span class="muted resource-count">
            {resources} {resources === 1 ? 'resource' : 'resources'}
          </span>
        )}
        {actions && (
          <span class="row-actions">
            <label class="minutes">
              <input
                aria-label={`Session minutes for ${project.title}`}
                type="number"
                min={5}
                max={600}
                step={5}
                value={project.sessionMinutes ?? defaultMinutes}
                onChange={(e) => {
                  const value = Number((e.target as HTMLInputElement).value);
                  if (Number.isFinite(value) && value >= 5)
                    actions.setSessionMinutes(project.id, value);
                }}
              />
              <span aria-hidden="true">min</span>
            </label>
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
      {details}
    </li>
  );
}
