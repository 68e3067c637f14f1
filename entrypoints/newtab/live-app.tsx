import { render, type ComponentChildren } from 'preact';
import { Notice } from '../../components/Notice';
import { ViewBoundary } from '../../components/ViewBoundary';
import type { WaymarkDatabase } from '../../lib/db/database';
import type { TodayView } from '../../lib/domain/today/today-view';
import { describeFailure } from '../../lib/services/user-error';
import { keepTodayCopy } from '../../lib/ui/keep-today-copy';
import { openDatabaseForPage } from '../../lib/ui/open-database';
import { firstPaintScreen } from './FirstPaint';
import { LazyView } from './LazyView';
import { NoteSlot } from './NoteSlot';
import { RoadmapContainer } from './RoadmapContainer';
import { TodayContainer } from './TodayContainer';
import { UpcomingContainer } from './UpcomingContainer';
import { useHashView } from './use-hash-view';
import type { ViewId } from './views';

/**
 * Renders once the database is open, straight to the live views: the first paint stays on screen
 * meanwhile, and the first render adopts its elements (see `paintFirst`) rather than replacing them.
 * A problem opening the database, then or later, replaces the page with its message.
 */
export async function mountLiveApp(root: Element, initial: TodayView | null, firstRun: boolean) {
  const showProblem = (message: string) => render(<Notice tone="error">{message}</Notice>, root);
  const opened = await openDatabaseForPage(showProblem);
  if (!opened.ok) {
    showProblem(opened.message);
    return;
  }
  keepTodayCopy(opened.db, firstPaintScreen);
  render(<LiveApp db={opened.db} initial={initial} firstRun={firstRun} />, root);
}

interface LiveAppProps {
  db: WaymarkDatabase;
  initial: TodayView | null;
  firstRun: boolean;
}

function LiveApp({ db, initial, firstRun }: LiveAppProps) {
  const current = useHashView();
  return (
    <>
      <NoteSlot db={db} />
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
    </>
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
