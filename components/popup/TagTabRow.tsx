import type { PickableObjective, PickableProject } from '../../lib/domain/tabs/pickable-roadmap';
import { useRef, useState } from 'preact/hooks';
import type { ResourceKind } from '../../lib/domain/types';
import { KindIcon } from '../KindIcon';
import { ProjectPicker } from '../ProjectPicker';

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
  objectives: PickableObjective[];
  projects: PickableProject[];
  /** Title of the chosen project, '' for none. */
  projectTitle: string;
  checked: boolean;
  projectId: string;
  onCheck: (checked: boolean) => void;
  onChoose: (projectId: string) => void;
}

/**
 * One open tab: tick it to attach it, with the project it goes to. The project finder opens only
 * for the row being changed, so twenty tabs and 1,000 projects are not 20,000 options.
 */
export function TagTabRow({ row, checked, projectId, projectTitle, ...props }: TagTabRowProps) {
  const [picking, setPicking] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const checkId = `tag-${row.key}`;
  const disabled = row.refusal !== null;
  const name = row.title || row.url;
  const close = () => {
    setPicking(false);
    toggle.current?.focus();
  };
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
          {name}
        </label>
      </div>
      {disabled ? (
        <p class="muted tag-note">{row.refusal}</p>
      ) : (
        <>
          <div class="tag-project">
            <span class={projectTitle ? '' : 'muted'}>
              {projectTitle
                ? `→ ${projectTitle}${projectId === row.suggestedProjectId ? ' (suggested)' : ''}`
                : 'No suggestion'}
            </span>
            <button
              ref={toggle}
              type="button"
              class="link"
              aria-expanded={picking}
              aria-label={`${projectTitle ? 'Change' : 'Choose'} the project for ${name}`}
              onClick={() => setPicking(!picking)}
            >
              {projectTitle ? 'Change' : 'Choose a project'}
            </button>
          </div>
          {picking && (
            // Enter keeps the choice here instead of submitting the whole list.
            <div
              class="tag-picker"
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== 'Escape') return;
                event.preventDefault();
                close();
              }}
            >
              <ProjectPicker
                id={`tag-project-${row.key}`}
                selectLabel={`Project for ${name}`}
                enterAction="keeps the choice"
                objectives={props.objectives}
                projects={props.projects}
                value={projectId}
                suggestedProjectId={row.suggestedProjectId}
                onChange={props.onChoose}
              />
              <button type="button" onClick={close}>
                Done
              </button>
            </div>
          )}
          {row.reason && <p class="muted tag-note">{row.reason}</p>}
        </>
      )}
    </li>
  );
}
