import type { ImportDiff } from '../../lib/domain/roadmap/merge-roadmap';
import { ConfirmActions } from './ConfirmActions';

export interface ObjectiveCount {
  title: string;
  projects: number;
  done: number;
}

interface ImportPreviewProps {
  title: string | null;
  source: string;
  objectives: ObjectiveCount[];
  warnings: string[];
  /** What a re-import changes; null on a first import. */
  diff: ImportDiff | null;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Long lists (a 5 MB note can skip thousands of rows) show their start and a count. */
const SHOWN = 50;

function CappedList({ items, label }: { items: string[]; label: string }) {
  if (items.length === 0) return null;
  return (
    <ul aria-label={label}>
      {items.slice(0, SHOWN).map((item, index) => (
        <li key={index}>{item}</li>
      ))}
      {items.length > SHOWN && <li class="muted">and {items.length - SHOWN} more</li>}
    </ul>
  );
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What an import will write, shown before anything is written. User text is rendered as text. */
export function ImportPreview(props: ImportPreviewProps) {
  const { objectives, warnings, diff } = props;
  const projects = objectives.reduce((sum, o) => sum + o.projects, 0);
  const done = objectives.reduce((sum, o) => sum + o.done, 0);
  return (
    <section class="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">
        Preview: {props.title ?? props.source} <span class="muted">({props.source})</span>
      </h2>
      <p class="import-totals">
        {plural(objectives.length, 'objective')}, {plural(projects, 'project')}, {done} done
      </p>
      <table class="import-objectives">
        <thead>
          <tr>
            <th scope="col">Objective</th>
            <th scope="col">Projects</th>
            <th scope="col">Done</th>
          </tr>
        </thead>
        <tbody>
          {objectives.map((objective, index) => (
            <tr key={index}>
              <td>{objective.title}</td>
              <td>{objective.projects}</td>
              <td>{objective.done}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff && (
        <section aria-label="Changes since the last import">
          <h3>Changes since the last import</h3>
          <p>
            {diff.added.length} added, {diff.changed.length} changed, {diff.archived.length}{' '}
            archived, {diff.unchanged} unchanged
          </p>
          {diff.added.length > 0 && <h4>Added</h4>}
          <CappedList items={diff.added} label="Added" />
          {diff.changed.length > 0 && <h4>Changed</h4>}
          <CappedList
            items={diff.changed.map((change) => `${change.title} (${change.what.join(', ')})`)}
            label="Changed"
          />
          {diff.archived.length > 0 && (
            <h4>
              Archived <span class="muted">(kept with their history, hidden from the plan)</span>
            </h4>
          )}
          <CappedList items={diff.archived} label="Archived" />
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-label="Skipped">
          <h3>Skipped ({warnings.length})</h3>
          <CappedList items={warnings} label="Warnings" />
        </section>
      )}
      <ConfirmActions
        confirm="Confirm import"
        busyLabel="Importing…"
        busy={props.busy}
        onConfirm={props.onConfirm}
        onCancel={props.onCancel}
      />
    </section>
  );
}
