import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AppNav } from '../../components/AppNav';
import { Notice } from '../../components/Notice';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { TodayView } from '../../lib/domain/today/today-view';
import { openDatabaseForPage } from '../../lib/ui/open-database';
import { LazyView } from './LazyView';
import { RoadmapContainer } from './RoadmapContainer';
import { TodayContainer } from './TodayContainer';
import { UpcomingContainer } from './UpcomingContainer';
import { useHashView } from './use-hash-view';

export function mountLiveApp(root: Element, initial: TodayView | null) {
  render(<LiveApp initial={initial} />, root);
}

function LiveApp({ initial }: { initial: TodayView | null }) {
  const current = useHashView();
  const [db, setDb] = useState<WaymarkDatabase | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void openDatabaseForPage(setProblem).then((result) =>
      result.ok ? setDb(result.db) : setProblem(result.message),
    );
  }, []);

  return (
    <>
      <AppNav current={current} />
      <main>
        {problem ? (
          <Notice tone="error">{problem}</Notice>
        ) : !db ? null : current === 'today' ? (
          <TodayContainer db={db} initial={initial} />
        ) : current === 'upcoming' ? (
          <UpcomingContainer db={db} />
        ) : current === 'roadmap' ? (
          <RoadmapContainer db={db} />
        ) : current === 'stats' ? (
          <LazyView key="stats" load={() => import('./views/StatsView').then((m) => m.StatsView)} db={db} />
        ) : current === 'settings' ? (
          <LazyView key="settings" load={() => import('./views/SettingsView').then((m) => m.SettingsView)} db={db} />
        ) : (
          <LazyView key="import" load={() => import('./import/ImportView').then((m) => m.ImportView)} db={db} />
        )}
      </main>
    </>
  );
}
