import { useState } from 'preact/hooks';
import { groupBy } from '../lib/domain/group-by';
import type { Objective, Project } from '../lib/domain/types';
import { Notice } from './Notice';

export interface TabInfo {
  url: string | undefined;
  title: string | undefined;
}

interface AttachPanelProps {
  tab: TabInfo | null;
  objectives: Objective[];
  projects: Project[];
  suggestedProjectId: string | null;
  /** Why the tab cannot be attached, when it cannot. */
  refusal: string | null;
  onAttach: (projectId: string) => Promise<{ ok: boolean; message: string }>;
}

/** The popup's main task: file the current tab under a project. */
export function AttachPanel(props: AttachPanelProps) {
  const { tab, objectives, projects, suggestedProjectId, refusal, onAttach } = props;
  const [chosen, setChosen] = useState<string>(suggestedProjectId ?? projects[0]?.id ?? '');
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const byObjective = groupBy(projects, (p) => p.objectiveId);

  async function attach(event: Event) {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setResult(await onAttach(chosen));
    setBusy(false);
  }

  return (
    <form class="attach" onSubmit={attach}>
      <h1>Attach this tab</h1>
      <p class="tab-title" title={tab?.url ?? ''}>
        {tab?.title || tab?.url || 'No tab'}
      </p>
      <p class="muted tab-url">{tab?.url ?? ''}</p>
      {refusal ? (
        <Notice tone="info">{refusal}</Notice>
      ) : projects.length === 0 ? (
        <Notice tone="info">Import a roadmap on the new-tab page first.</Notice>
      ) : (
        <>
          <label for="project">Project</label>
          <select
            id="project"
            value={chosen}
            onChange={(e) => setChosen((e.target as HTMLSelectElement).value)}
          >
            {objectives.map((objective) => (
              <optgroup key={objective.id} label={objective.title}>
                {(byObjective.get(objective.id) ?? []).map((project) => (
                  <option key={project.id} value={project.id}>
                    {project.id === suggestedProjectId
                      ? `${project.title} (suggested)`
                      : project.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          <button type="submit" class="primary" disabled={busy || !chosen}>
            Attach
          </button>
        </>
      )}
      {result && <Notice tone={result.ok ? 'success' : 'error'}>{result.message}</Notice>}
    </form>
  );
}
