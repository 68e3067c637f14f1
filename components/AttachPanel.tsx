import type { PickableObjective, PickableProject } from '../lib/domain/tabs/pickable-roadmap';
import { useEffect, useState } from 'preact/hooks';
import type { TabSuggestion } from '../lib/domain/tabs/tab-suggestion';
import type { ResourceKind } from '../lib/domain/types';
import { KindIcon } from './KindIcon';
import { Notice } from './Notice';
import { ProjectPicker } from './ProjectPicker';

export interface TabInfo {
  url: string | undefined;
  title: string | undefined;
}

interface AttachPanelProps {
  tab: TabInfo | null;
  kind: ResourceKind;
  objectives: PickableObjective[];
  projects: PickableProject[];
  /** Arrives after the panel shows; preselected unless the user already chose. */
  suggestion: TabSuggestion | null;
  /** Why the tab cannot be attached, when it cannot. */
  refusal: string | null;
  onAttach: (projectId: string) => Promise<{ ok: boolean; message: string }>;
}

/** The popup's main task: file the current tab under a project. */
export function AttachPanel(props: AttachPanelProps) {
  const { tab, objectives, projects, suggestion, refusal, onAttach } = props;
  const [chosen, setChosen] = useState<string>(suggestion?.projectId ?? projects[0]?.id ?? '');
  const [touched, setTouched] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (suggestion && !touched) setChosen(suggestion.projectId);
  }, [suggestion?.projectId]);

  function choose(projectId: string) {
    setTouched(true);
    setChosen(projectId);
  }

  async function attach(event: Event) {
    event.preventDefault();
    if (!chosen || busy) return;
    setBusy(true);
    setResult(await onAttach(chosen));
    setBusy(false);
  }

  return (
    <form class="attach" onSubmit={attach}>
      <h1>Attach this tab</h1>
      <p class="tab-title" title={tab?.url ?? ''}>
        <KindIcon kind={props.kind} /> <span>{tab?.title || tab?.url || 'No tab'}</span>
      </p>
      <p class="muted tab-url">{tab?.url ?? ''}</p>
      {refusal ? (
        <Notice tone="info">{refusal}</Notice>
      ) : projects.length === 0 ? (
        <Notice tone="info">Import a roadmap on the new-tab page first.</Notice>
      ) : (
        <>
          {suggestion && (
            <p class="suggestion">
              Suggested: <strong>{suggestion.projectTitle}</strong>
              {suggestion.reasons[0] && <span class="muted"> — {suggestion.reasons[0]}</span>}
            </p>
          )}
          <ProjectPicker
            objectives={objectives}
            projects={projects}
            value={chosen}
            suggestedProjectId={suggestion?.projectId ?? null}
            onChange={choose}
          />
          <button type="submit" class="primary" disabled={busy || !chosen}>
            Attach
          </button>
        </>
      )}
      {result && <Notice tone={result.ok ? 'success' : 'error'}>{result.message}</Notice>}
    </form>
  );
}
