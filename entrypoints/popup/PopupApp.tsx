import { useEffect, useState } from 'preact/hooks';
import { AttachPanel } from '../../components/AttachPanel';
import { Notice } from '../../components/Notice';
import { readCurrentTab, type CurrentTab } from '../../lib/browser/current-tab';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readActiveRoadmap, type RoadmapView } from '../../lib/db/roadmap-repository';
import { describeStorageError } from '../../lib/db/storage-error';
import { checkAttachable } from '../../lib/domain/tabs/check-attachable';
import { buildSuggestionIndex, suggestProjects } from '../../lib/domain/tabs/suggest-projects';
import { describeAttachResult } from '../../lib/services/attach-message';
import { attachResource } from '../../lib/services/attach-resource';
import { openDatabaseForPage } from '../../lib/ui/open-database';

interface Loaded {
  db: WaymarkDatabase;
  tab: CurrentTab | null;
  roadmap: RoadmapView;
  suggestedProjectId: string | null;
}

export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void load(setProblem).then((result) =>
      typeof result === 'string' ? setProblem(result) : setLoaded(result),
    );
  }, []);

  if (problem) return <Notice tone="error">{problem}</Notice>;
  if (!loaded) return null;
  const { db, tab, roadmap, suggestedProjectId } = loaded;
  const check = checkAttachable(tab?.url);
  return (
    <AttachPanel
      tab={tab}
      objectives={roadmap.objectives}
      projects={roadmap.projects}
      suggestedProjectId={suggestedProjectId}
      refusal={check.ok ? null : check.reason}
      onAttach={async (projectId) => {
        try {
          const result = await attachResource(db, {
            projectId,
            url: tab?.url,
            title: tab?.title,
            via: 'popup',
            now: Date.now(),
          });
          return describeAttachResult(result);
        } catch (error) {
          return { ok: false, message: describeStorageError(error) };
        }
      }}
    />
  );
}

async function load(onBlocked: (message: string) => void): Promise<Loaded | string> {
  const opened = await openDatabaseForPage(onBlocked);
  if (!opened.ok) return opened.message;
  const { db } = opened;
  try {
    const [tab, roadmap, resources] = await Promise.all([
      readCurrentTab(),
      readActiveRoadmap(db),
      db.resources.toArray(),
    ]);
    const index = buildSuggestionIndex({ ...roadmap, resources });
    const best = tab?.url
      ? suggestProjects(index, { url: tab.url, title: tab.title ?? '' }, 1)[0]
      : undefined;
    return { db, tab, roadmap, suggestedProjectId: best?.projectId ?? null };
  } catch (error) {
    return describeStorageError(error);
  }
}
