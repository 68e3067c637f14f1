import type { PickableObjective, PickableProject } from '../lib/domain/tabs/pickable-roadmap';
import { useMemo, useState } from 'preact/hooks';
import { ProjectSelect } from './ProjectSelect';

interface ProjectPickerProps {
  /** Id of the select; the search box and its hint take it as a prefix. */
  id?: string;
  /** The select's label; "Project" by default. */
  selectLabel?: string;
  /** What Enter does, for the hint read to screen readers. */
  enterAction?: string;
  objectives: PickableObjective[];
  projects: PickableProject[];
  value: string;
  suggestedProjectId: string | null;
  onChange: (projectId: string) => void;
}

/** Projects whose title or objective contains every word typed, in roadmap order. */
function filterProjects(
  projects: PickableProject[],
  objectives: PickableObjective[],
  query: string,
): PickableProject[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return projects;
  const objectiveTitles = new Map(objectives.map((o) => [o.id, o.title]));
  return projects.filter((project) => {
    const text =
      `${project.title} ${objectiveTitles.get(project.objectiveId) ?? ''}`.toLocaleLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/**
 * A search box over a list of projects. Typing narrows the list and picks the first match;
 * arrows in the box move the choice; Enter submits the surrounding form.
 */
export function ProjectPicker(props: ProjectPickerProps) {
  const { id = 'project', enterAction = 'attaches', objectives, projects, value, onChange } = props;
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => filterProjects(projects, objectives, query),
    [projects, objectives, query],
  );
  // Options in the order the list shows them (grouped by objective), for the arrow keys.
  const order = useMemo(() => {
    const rank = new Map(objectives.map((objective, index) => [objective.id, index]));
    return [...shown].sort(
      (a, b) => (rank.get(a.objectiveId) ?? 0) - (rank.get(b.objectiveId) ?? 0),
    );
  }, [shown, objectives]);

  function search(text: string) {
    setQuery(text);
    const matches = filterProjects(projects, objectives, text);
    const first = matches[0];
    if (first && !matches.some((project) => project.id === value)) onChange(first.id);
  }

  function move(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    if (order.length === 0) return;
    const at = order.findIndex((project) => project.id === value);
    const next =
      event.key === 'ArrowDown'
        ? Math.min(order.length - 1, at + 1)
        : Math.max(0, at === -1 ? 0 : at - 1);
    const project = order[next];
    if (project) onChange(project.id);
  }

  return (
    <div class="picker">
      <label for={`${id}-search`}>Find</label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder="Project or objective"
        autoComplete="off"
        aria-controls={id}
        aria-describedby={`${id}-search-hint`}
        value={query}
        onInput={(event) => search((event.target as HTMLInputElement).value)}
        onKeyDown={move}
      />
      <span id={`${id}-search-hint`} class="visually-hidden">
        Arrow keys choose a project, Enter {enterAction}.
      </span>
      <label for={id}>{props.selectLabel ?? 'Project'}</label>
      <ProjectSelect
        id={id}
        objectives={objectives}
        projects={shown}
        value={value}
        suggestedProjectId={props.suggestedProjectId}
        onChange={onChange}
        size={Math.min(7, Math.max(2, shown.length + objectives.length))}
      />
      {shown.length === 0 && (
        <p class="muted" role="status">
          No project matches “{query}”.
        </p>
      )}
    </div>
  );
}
