import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { FirstRun } from '../../components/FirstRun';
import { Notice } from '../../components/Notice';
import { RoadmapOverview } from '../../components/RoadmapOverview';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readActiveRoadmap } from '../../lib/db/roadmap-repository';
import { countResourcesByProject } from '../../lib/db/resource-repository';
import { describeStorageError } from '../../lib/db/storage-error';
import { useLiveQuery } from '../../lib/ui/use-live-query';

export function Planner({ db }: { db: WaymarkDatabase }) {
  const state = useLiveQuery(async () => {
    const [roadmap, view, resourceCounts] = await Promise.all([
      db.roadmaps.toCollection().first(),
      readActiveRoadmap(db),
      countResourcesByProject(db),
    ]);
    return { title: roadmap?.title ?? 'Roadmap', ...view, resourceCounts };
  }, [db]);
  const [importing, setImporting] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  async function tryExample() {
    setImporting(true);
    setImportError(null);
    try {
      // The importer and the markdown parser load only when asked for.
      const [{ importRoadmap }, text] = await Promise.all([
        import('../../lib/services/import-roadmap'),
        fetch(browser.runtime.getURL('/example-roadmap.md')).then((r) => r.text()),
      ]);
      await importRoadmap(db, text, 'example-roadmap.md', Date.now());
    } catch (error) {
      setImportError(
        error instanceof Error && error.name === 'RoadmapInputError'
          ? error.message
          : describeStorageError(error),
      );
    } finally {
      setImporting(false);
    }
  }

  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;
  if (state.status === 'loading') return null;
  const { title, objectives, projects, resourceCounts } = state.value;
  if (projects.length === 0) {
    return <FirstRun busy={importing} error={importError} onTryExample={() => void tryExample()} />;
  }
  return (
    <RoadmapOverview
      title={title}
      objectives={objectives}
      projects={projects}
      resourceCounts={resourceCounts}
    />
  );
}
