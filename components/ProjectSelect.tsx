import type { PickableObjective, PickableProject } from '../lib/domain/tabs/pickable-roadmap';
import { groupBy } from '../lib/domain/group-by';

interface ProjectSelectProps {
  id: string;
  /** Accessible name when there is no visible <label for>. */
  label?: string;
  objectives: PickableObjective[];
  /** Already filtered and ordered; grouped here under their objectives. */
  projects: PickableProject[];
  value: string;
  suggestedProjectId: string | null;
  onChange: (projectId: string) => void;
  size?: number;
  /** Offered first when nothing is chosen yet (rows without a suggestion). */
  placeholder?: string;
}

/** A native select of projects grouped by objective: keyboard and screen-reader support for free. */
export function ProjectSelect(props: ProjectSelectProps) {
  const { objectives, suggestedProjectId } = props;
  const byObjective = groupBy(props.projects, (project) => project.objectiveId);
  return (
    <select
      id={props.id}
      aria-label={props.label}
      size={props.size}
      value={props.value}
      onChange={(event) => props.onChange((event.target as HTMLSelectElement).value)}
    >
      {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
      {objectives.map((objective) => {
        const inObjective = byObjective.get(objective.id);
        if (!inObjective) return null;
        return (
          <optgroup key={objective.id} label={objective.title}>
            {inObjective.map((project) => (
              <option key={project.id} value={project.id}>
                {project.id === suggestedProjectId ? `${project.title} (suggested)` : project.title}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
