import { useState } from 'preact/hooks';
import type { FiledPage } from '../../lib/domain/tabs/filed-pages';
import type { PickableObjective, PickableProject } from '../../lib/domain/tabs/pickable-roadmap';
import type { ResourceKind } from '../../lib/domain/types';
import type { TabInfo } from '../AttachPanel';
import { KindIcon } from '../KindIcon';
import { Notice } from '../Notice';
import { ProjectPicker } from '../ProjectPicker';

type Result = { ok: boolean; message: string };

interface FiledPanelProps {
  tab: TabInfo | null;
  kind: ResourceKind;
  /** The projects the page is in, newest attach first; the first is the one acted on. */
  filed: FiledPage[];
  objectives: PickableObjective[];
  projects: PickableProject[];
  onMove: (resourceId: string, projectId: string) => Promise<Result>;
  onDetach: (resourceId: string) => Promise<Result>;
  onMarkRead: (resourceId: string) => Promise<Result>;
  onOpenProject: (projectId: string) => void;
}

/** The current tab is filed already: say where, and offer what can be done with it. */
export function FiledPanel(props: FiledPanelProps) {
  const { tab, filed } = props;
  const [moving, setMoving] = useState(false);
  const [target, setTarget] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [first] = filed;
  if (!first) return null;
  const others = filed.slice(1).map((f) => f.projectTitle);

  async function run(action: () => Promise<Result>) {
    if (busy) return;
    setBusy(true);
    const outcome = await action();
    setResult(outcome);
    if (outcome.ok) setMoving(false);
    setBusy(false);
  }

  return (
    <section class="attach filed" aria-labelledby="filed-heading">
      <h1 id="filed-heading">Already in {first.projectTitle}</h1>
      <p class="tab-title" title={tab?.url ?? ''}>
        <KindIcon kind={props.kind} /> <span>{tab?.title || tab?.url}</span>
      </p>
      {others.length > 0 && <p class="muted">Also in {others.join(', ')}</p>}
      {moving ? (
        <form
          class="move-resource"
          aria-label="Move this page to another project"
          onSubmit={(event) => {
            event.preventDefault();
            if (target) void run(() => props.onMove(first.resourceId, target));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setMoving(false);
          }}
        >
          <ProjectPicker
            id="move-project"
            enterAction="moves the page"
            objectives={props.objectives}
            projects={props.projects.filter((p) => p.id !== first.projectId)}
            value={target}
            suggestedProjectId={null}
            onChange={setTarget}
          />
          <div class="row-actions">
            <button type="submit" class="primary" disabled={busy || !target}>
              Move here
            </button>
            <button type="button" onClick={() => setMoving(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div class="row-actions">
          <button type="button" aria-expanded={false} onClick={() => setMoving(true)}>
            Move…
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => props.onDetach(first.resourceId))}
          >
            Detach
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={() => void run(() => props.onMarkRead(first.resourceId))}
          >
            Mark read
          </button>
          <button type="button" onClick={() => props.onOpenProject(first.projectId)}>
            Open the project
          </button>
        </div>
      )}
      {result && <Notice tone={result.ok ? 'success' : 'error'}>{result.message}</Notice>}
    </section>
  );
}
