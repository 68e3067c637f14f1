import type {
  LeftOutObjective,
  ObjectiveChoice,
} from '../../lib/domain/roadmap/leave-out-objectives';
import { OBJECTIVE_PATH_SEPARATOR } from '../../lib/domain/roadmap/flatten-roadmap';
import type { ImportDiff } from '../../lib/domain/roadmap/merge-roadmap';
import { ConfirmActions } from './ConfirmActions';

export interface ObjectiveCount {
  title: string;
  projects: number;
  done: number;
}

/** Which objectives the import takes in, and a way to change that without writing anything. */
export interface ObjectiveChoices {
  /** Every objective of the note, in note order. */
  objectives: ObjectiveChoice[];
  leftOut: LeftOutObjective[];
  /** Every objective is left out: nothing to import. */
  nothingLeft: boolean;
  /** `path` is the objective's flattened title; `takeIn` false leaves it out. */
  onChange: (path: string, takeIn: boolean) => void;
}

interface ImportPreviewProps {
  title: string | null;
  source: string;
  objectives: ObjectiveCount[];
  warnings: string[];
  /** What a re-import changes; null on a first import. */
  diff: ImportDiff | null;
  /** Each objective of the note with its box, to leave it out. */
  choices: ObjectiveChoices;
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
      <ObjectiveChoiceTable choices={props.choices} kept={objectives} busy={props.busy} />
      <LeftOutList
        leftOut={props.choices.leftOut}
        busy={props.busy}
        onTakeBack={(path) => {
          props.choices.onChange(path, true);
          // The button goes with the list entry: the keyboard moves to the objective's box.
          const index = props.choices.objectives.findIndex((o) => o.path === path);
          document.getElementById(objectiveBoxId(index))?.focus();
        }}
      />
      {props.choices.nothingLeft && (
        <p class="import-nothing-left" role="alert">
          Every objective is left out: tick at least one to import this note.
        </p>
      )}
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
        disabled={props.choices.nothingLeft}
        onConfirm={props.onConfirm}
        onCancel={props.onCancel}
      />
    </section>
  );
}

const objectiveBoxId = (index: number) => `import-objective-${index}`;

/**
 * One row per objective of the note, nested ones indented under their parent, each with a
 * checkbox: unticked, the objective and what is nested in it stay out of the import.
 */
function ObjectiveChoiceTable(props: {
  choices: ObjectiveChoices;
  kept: ObjectiveCount[];
  busy: boolean;
}) {
  // Done counts, like project counts, take in what is nested below.
  const doneIn = (path: string) =>
    props.kept.reduce(
      (sum, kept) =>
        kept.title === path || kept.title.startsWith(`${path}${OBJECTIVE_PATH_SEPARATOR}`)
          ? sum + kept.done
          : sum,
      0,
    );
  return (
    <table class="import-objectives">
      <thead>
        <tr>
          <th scope="col">Import</th>
          <th scope="col">Objective</th>
          <th scope="col">Projects</th>
          <th scope="col">Done</th>
        </tr>
      </thead>
      <tbody>
        {props.choices.objectives.map((objective, index) => {
          const id = objectiveBoxId(index);
          const out = objective.leftOut || objective.underLeftOut;
          return (
            <tr key={objective.path} class={out ? 'left-out' : undefined}>
              <td>
                <input
                  id={id}
                  type="checkbox"
                  checked={!out}
                  // Under a parent left out, the parent's box decides.
                  disabled={props.busy || objective.underLeftOut}
                  onChange={(event) =>
                    props.choices.onChange(objective.path, event.currentTarget.checked)
                  }
                />
              </td>
              <td style={{ paddingInlineStart: `${objective.depth * 1.25}rem` }}>
                <label for={id}>{objective.title}</label>
              </td>
              <td>{objective.projects}</td>
              <td>{out ? '–' : doneIn(objective.path)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** What is left out by name, each with a way to take it back in. */
function LeftOutList(props: {
  leftOut: LeftOutObjective[];
  busy: boolean;
  onTakeBack: (path: string) => void;
}) {
  if (props.leftOut.length === 0) return null;
  return (
    <section aria-labelledby="import-left-out-title">
      <h3 id="import-left-out-title">
        Left out <span class="muted">(kept out of every later import too)</span>
      </h3>
      <ul aria-label="Left out" class="import-left-out">
        {props.leftOut.map((objective) => (
          <li key={objective.title}>
            {objective.title} <span class="muted">({plural(objective.projects, 'project')})</span>{' '}
            <button
              type="button"
              disabled={props.busy}
              aria-label={`Take back in: ${objective.title}`}
              onClick={() => props.onTakeBack(objective.title)}
            >
              Take back in
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
