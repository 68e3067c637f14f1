import type { PickableObjective, PickableProject } from '../../lib/domain/tabs/pickable-roadmap';
import { useMemo, useState } from 'preact/hooks';
import { Notice } from '../Notice';
import { TagTabRow, type TagRow } from './TagTabRow';

interface TagTabsPanelProps {
  rows: TagRow[];
  objectives: PickableObjective[];
  projects: PickableProject[];
  onAttach: (
    choices: Array<{ key: string; projectId: string }>,
  ) => Promise<{ ok: boolean; message: string }>;
}

/** Every tab of the window with its suggestion: tick, adjust, attach them all at once. */
export function TagTabsPanel({ rows, objectives, projects, onAttach }: TagTabsPanelProps) {
  const [chosen, setChosen] = useState<Record<string, string>>(() =>
    Object.fromEntries(rows.map((row) => [row.key, row.suggestedProjectId ?? ''])),
  );
  // Pre-ticked only where Waymark has a suggestion and the tab can be attached.
  const [checked, setChecked] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(
      rows.map((row) => [row.key, row.refusal === null && row.suggestedProjectId !== null]),
    ),
  );
  const titles = useMemo(() => new Map(projects.map((p) => [p.id, p.title])), [projects]);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const selected = rows.filter(
    (row) => row.refusal === null && checked[row.key] && (chosen[row.key] ?? '') !== '',
  );

  async function attach(event: Event) {
    event.preventDefault();
    if (selected.length === 0 || busy) return;
    setBusy(true);
    setResult(
      await onAttach(selected.map((row) => ({ key: row.key, projectId: chosen[row.key] ?? '' }))),
    );
    setBusy(false);
  }

  return (
    <form class="tag-tabs" onSubmit={attach}>
      <h1>Tag open tabs</h1>
      {projects.length === 0 ? (
        <Notice tone="info">Import a roadmap on the new-tab page first.</Notice>
      ) : (
        <>
          <ul class="tag-list">
            {rows.map((row) => (
              <TagTabRow
                key={row.key}
                row={row}
                objectives={objectives}
                projects={projects}
                checked={Boolean(checked[row.key])}
                projectId={chosen[row.key] ?? ''}
                projectTitle={titles.get(chosen[row.key] ?? '') ?? ''}
                onCheck={(value) => setChecked((all) => ({ ...all, [row.key]: value }))}
                onChoose={(projectId) => {
                  setChosen((all) => ({ ...all, [row.key]: projectId }));
                  // Choosing a project for a tab means the user wants it attached.
                  setChecked((all) => ({ ...all, [row.key]: projectId !== '' }));
                }}
              />
            ))}
          </ul>
          <button type="submit" class="primary" disabled={busy || selected.length === 0}>
            {selected.length === 1 ? 'Attach 1 tab' : `Attach ${selected.length} tabs`}
          </button>
        </>
      )}
      {result && <Notice tone={result.ok ? 'success' : 'error'}>{result.message}</Notice>}
    </form>
  );
}
