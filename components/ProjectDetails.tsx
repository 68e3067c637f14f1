import type { Project, Resource, Review } from '../lib/domain/types';
import { formatMinutes } from './format';
import { ResourceList } from './ResourceList';

interface ProjectDetailsProps {
  project: Project;
  resources: Resource[];
  reviews: Review[];
  /** Other projects a resource can move to. */
  targets: { id: string; title: string }[];
  onDetach: (resourceId: string) => void;
  onMove: (resourceId: string, projectId: string) => void;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A project's attached resources (open, detach, move) and its review history. */
export function ProjectDetails({
  project,
  resources,
  reviews,
  targets,
  onDetach,
  onMove,
}: ProjectDetailsProps) {
  return (
    <div class="project-details">
      <h3>Resources</h3>
      {resources.length === 0 ? (
        <ResourceList resources={[]} />
      ) : (
        <ul class="resources editable">
          {resources.map((r) => (
            <li key={r.id}>
              <ResourceList resources={[r]} />
              <button type="button" onClick={() => onDetach(r.id)} aria-label={`Detach ${r.title}`}>
                Detach
              </button>
              <label>
                <span class="visually-hidden">Move {r.title} to</span>
                <select
                  value=""
                  onChange={(e) => {
                    const target = (e.target as HTMLSelectElement).value;
                    if (target) onMove(r.id, target);
                  }}
                >
                  <option value="">Move to…</option>
                  {targets
                    .filter((t) => t.id !== project.id)
                    .map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.title}
                      </option>
                    ))}
                </select>
              </label>
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
              {dateTime.format(r.at)}: <strong>{r.rating}</strong>, {formatMinutes(r.minutes)}
              {r.note && <span class="muted"> — {r.note}</span>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
