import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { TodayView } from '../../lib/domain/today/today-view';
import { openDatabaseForPage } from '../../lib/ui/open-database';
import { FirstPaint } from './FirstPaint';
import { LazyView } from './LazyView';
import { RoadmapContainer } from './RoadmapContainer';
import { TodayContainer } from './TodayContainer';
import { UpcomingContainer } from './UpcomingContainer';
import { useHashView } from './use-hash-view';

export function mountLiveApp(root: Element, initial: TodayView | null, firstRun: boolean) {
  render(<LiveApp initial={initial} firstRun={firstRun} />, root);
}

function LiveApp({ initial, firstRun }: { initial: TodayView | null; firstRun: boolean }) {
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
      {problem ? (
        <Notice tone="error">{problem}</Notice>
      ) : !db ? (
        <FirstPaint view={initial} firstRun={firstRun} />
      ) : current === 'today' ? (
        <TodayContainer db={db} initial={initial} firstRun={firstRun} />
      ) : current === 'upcoming' ? (
        <UpcomingContainer db={db} />
      ) : current === 'roadmap' ? (
        <RoadmapContainer db={db} />
      ) : current === 'stats' ? (
        <LazyView
          key="stats"
          load={() => import('./views/StatsView').then((m) => m.StatsView)}
          db={db}
        />
      ) : current === 'settings' ? (
        <LazyView
          key="settings"
          load={() => import('./views/SettingsView').then((m) => m.SettingsView)}
          db={db}
        />
      ) : (
        <LazyView
          key="import"
          load={() => import('./import/ImportView').then((m) => m.ImportView)}
          db={db}
        />
      )}
    </>
  );
}
