import { useState } from 'preact/hooks';
import { estimateOf } from '../lib/domain/schedule/effort';
import type { Objective, Project, Resource, Review } from '../lib/domain/types';
import { formatHours, formatMinutes, formatMoment } from './format';
import { PageNoteForm } from './PageNoteForm';
import { ProjectPicker } from './ProjectPicker';
import { ResourceList } from './ResourceList';

interface ProjectDetailsProps {
  project: Project;
  resources: Resource[];
  reviews: Review[];
  /** Where a resource can move: every live project, grouped under these objectives. */
  objectives: Objective[];
  projects: Project[];
  /** The estimate of a project without its own, from settings. */
  defaultEffortHours: number;
  onChildDone: (child: string, done: boolean) => void;
  onDetach: (resourceId: string) => void;
  onMove: (resourceId: string, projectId: string) => void;
  onRead: (resourceId: string, read: boolean) => void;
  onNote: (resourceId: string, note: string) => void;
}

/**
 * A project's breakdown (tick items off), its estimate, its attached resources (open, mark read,
 * note, detach, move) and its history of build sessions and reviews. "Move…" opens one project finder at a
 * time, so a roadmap of 1,000 projects does not put 1,000 options under every resource.
 */
export function ProjectDetails(props: ProjectDetailsProps) {
  const { project, resources, reviews, onDetach } = props;
  const [moving, setMoving] = useState<string | null>(null);
  const [noting, setNoting] = useState<string | null>(null);
  const own = project.estimateMinutes !== undefined;
  return (
    <div class="project-details">
      <p>
        Estimate:{' '}
        {formatHours(estimateOf(project, { defaultEffortHours: props.defaultEffortHours }))}
        {own ? '' : ' (the default)'}, {formatHours(Math.max(0, project.builtMinutes))} built.
      </p>
      {project.children.length > 0 && (
        <>
          <h3 id={`breakdown-${project.id}`}>Breakdown</h3>
          <ul class="checklist" aria-labelledby={`breakdown-${project.id}`}>
            {project.children.map((child, index) => (
              <li key={index}>
                <label>
                  <input
                    type="checkbox"
                    checked={project.childrenDone.includes(child)}
                    onChange={(e) =>
                      props.onChildDone(child, (e.target as HTMLInputElement).checked)
                    }
                  />{' '}
                  {child}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Resources</h3>
      {resources.length === 0 ? (
        <ResourceList resources={[]} />
      ) : (
        <ul class="resources editable">
          {resources.map((r) => (
            <li key={r.id}>
              <ResourceList resources={[r]} />
              {r.note !== undefined && <span class="muted">{r.note}</span>}
              <label class="check">
                <input
                  type="checkbox"
                  aria-label={`${r.title} read`}
                  checked={r.readAt !== undefined}
                  onChange={(e) => props.onRead(r.id, (e.target as HTMLInputElement).checked)}
                />
                Read
              </label>
              <button
                type="button"
                aria-label={`Note on ${r.title}`}
                aria-expanded={noting === r.id}
                onClick={() => setNoting(noting === r.id ? null : r.id)}
              >
                Note…
              </button>
              <button type="button" onClick={() => onDetach(r.id)} aria-label={`Detach ${r.title}`}>
                Detach
              </button>
              <button
                type="button"
                aria-label={`Move ${r.title}`}
                aria-expanded={moving === r.id}
                onClick={() => setMoving(moving === r.id ? null : r.id)}
              >
                Move…
              </button>
              {noting === r.id && (
                <PageNoteForm
                  title={r.title}
                  note={r.note ?? ''}
                  onSave={(note) => {
                    setNoting(null);
                    props.onNote(r.id, note);
                  }}
                  onCancel={() => setNoting(null)}
                />
              )}
              {moving === r.id && (
                <MoveResource
                  resource={r}
                  objectives={props.objectives}
                  projects={props.projects.filter((p) => p.id !== project.id)}
                  onMove={(target) => {
                    setMoving(null);
                    props.onMove(r.id, target);
                  }}
                  onCancel={() => setMoving(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>History</h3>
      {reviews.length === 0 ? (
        <p class="muted">Not studied yet.</p>
      ) : (
        <ol class="history">
          {reviews.map((r) => (
            <li key={r.id}>
              {formatMoment(r.at)}:{' '}
              {r.kind === 'build' ? (
                <>
                  build, {formatMinutes(r.minutes)}
                  {r.finished && ', project done'}
                </>
              ) : (
                <>
                  review <strong>{r.rating}</strong>, {formatMinutes(r.minutes)}
                </>
              )}
              {r.note && <span class="muted"> — {r.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

interface MoveResourceProps {
  resource: Resource;
  objectives: Objective[];
  projects: Project[];
  onMove: (projectId: string) => void;
  onCancel: () => void;
}

function MoveResource({ resource, objectives, projects, onMove, onCancel }: MoveResourceProps) {
  const [target, setTarget] = useState('');
  return (
    <form
      class="move-resource"
      aria-label={`Move ${resource.title} to another project`}
      onSubmit={(event) => {
        event.preventDefault();
        if (target) onMove(target);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <ProjectPicker
        id={`move-${resource.id}`}
        enterAction="moves the resource"
        objectives={objectives}
        projects={projects}
        value={target}
        suggestedProjectId={null}
        onChange={setTarget}
      />
      <button type="submit" class="primary" disabled={!target}>
        Move here
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
