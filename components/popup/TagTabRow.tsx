import type { Objective, Project, ResourceKind } from '../../lib/domain/types';
import { KindIcon } from '../KindIcon';
import { ProjectSelect } from '../ProjectSelect';

export interface TagRow {
  key: string;
  title: string;
  url: string;
  kind: ResourceKind;
  /** Why this tab cannot be attached; the row is then shown disabled. */
  refusal: string | null;
  suggestedProjectId: string | null;
  /** The matching words behind the suggestion, in plain words. */
  reason: string | null;
}

interface TagTabRowProps {
  row: TagRow;
  objectives: Objective[];
  projects: Project[];
  checked: boolean;
  projectId: string;
  onCheck: (checked: boolean) => void;
  onChoose: (projectId: string) => void;
}

/** One open tab: tick it to attach it, with the project it goes to. */
export function TagTabRow({ row, checked, projectId, ...props }: TagTabRowProps) {
  const checkId = `tag-${row.key}`;
  const disabled = row.refusal !== null;
  return (
    <li class={disabled ? 'tag-row disabled' : 'tag-row'} data-tab-key={row.key}>
      <div class="tag-head">
        <input
          id={checkId}
          type="checkbox"
          checked={checked}
          disabled={disabled || projectId === ''}
          onChange={(event) => props.onCheck((event.target as HTMLInputElement).checked)}
        />
        <KindIcon kind={row.kind} />
        <label for={checkId} class="tag-title" title={row.url}>
          {row.title || row.url}
        </label>
      </div>
      {disabled ? (
        <p class="muted tag-note">{row.refusal}</p>
      ) : (
        <>
          <ProjectSelect
            id={`tag-project-${row.key}`}
            label={`Project for ${row.title || row.url}`}
            objectives={props.objectives}
            projects={props.projects}
            value={projectId}
            suggestedProjectId={row.suggestedProjectId}
            onChange={props.onChoose}
            placeholder={projectId === '' ? 'No suggestion: choose a project' : undefined}
          />
          {row.reason && <p class="muted tag-note">{row.reason}</p>}
        </>
      )}
    </li>
  );
}
