import { render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice';
import { ViewBoundary } from '../../components/ViewBoundary';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { TodayView } from '../../lib/domain/today/today-view';
import { describeFailure } from '../../lib/services/user-error';
import { openDatabaseForPage } from '../../lib/ui/open-database';
import { FirstPaint } from './FirstPaint';
import { LazyView } from './LazyView';
import { RoadmapContainer } from './RoadmapContainer';
import { TodayContainer } from './TodayContainer';
import { UpcomingContainer } from './UpcomingContainer';
import { useHashView } from './use-hash-view';
import type { ViewId } from './views';

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

  if (problem) return <Notice tone="error">{problem}</Notice>;
  if (!db) return <FirstPaint view={initial} firstRun={firstRun} />;
  return (
    <Guarded view={current}>
      {current === 'today' ? (
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
    </Guarded>
  );
}

/**
 * Each view behind a boundary of its own: a view that fails says why and offers a way forward,
 * and the others still open. The way forward is a backup: restored, or taken while the data can
 * still be read; from Import & export, or from the daily backups in Settings when Import & export
 * is the view that failed.
 */
function Guarded({ view, children }: { view: ViewId; children: ComponentChildren }) {
  return (
    <ViewBoundary
      key={view}
      describe={describeFailure}
      onReload={() => location.reload()}
      recoveryHref={view === 'import' ? '#settings' : '#import'}
      recoveryText={
        view === 'import'
          ? 'restore a daily backup in Settings'
          : 'restore a backup, or export one, in Import & export'
      }
    >
      {children}
    </ViewBoundary>
  );
}
