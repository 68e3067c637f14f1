import { useEffect, useState } from 'preact/hooks';
import { FirstRun } from '../../components/FirstRun';
import { formatHours } from '../../components/format';
import { Notice } from '../../components/Notice';
import type { PageToFinish } from '../../components/PagesFinished';
import { BuildDialog } from '../../components/BuildDialog';
import { RatingDialog, type RatingChoice } from '../../components/RatingDialog';
import { TodayPlan, type TodayActions } from '../../components/TodayPlan';
import { focusSessionTabs, openPage, openSessionTabs } from '../../lib/browser/session-tabs';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readableProject } from '../../lib/db/readable-rows';
import { readLiveRows } from '../../lib/db/roadmap-repository';
import { readSettings } from '../../lib/db/settings-repository';
import { isToRead, orderForStudy } from '../../lib/domain/reading/pages-to-open';
import { reviewLoad } from '../../lib/domain/schedule/balance-due';
import { epochToDay, epochToDayIndex, indexToDay } from '../../lib/domain/schedule/day-index';
import { estimateOf, raisedEstimate } from '../../lib/domain/schedule/effort';
import { previewRatings, RATINGS } from '../../lib/domain/schedule/schedule-next';
import type { TodayView } from '../../lib/domain/today/today-view';
import { computeToday } from '../../lib/services/compute-today';
import type { Outcome } from '../../lib/services/actions/action-outcome';
import { finishSession, type SessionReport } from '../../lib/services/actions/finish-session';
import { markDone } from '../../lib/services/actions/mark-done';
import { setProjectEstimate } from '../../lib/services/actions/set-project-estimate';
import { setSessionLength } from '../../lib/services/actions/set-session-length';
import { startSession } from '../../lib/services/actions/start-session';
import { undoLatestSession } from '../../lib/services/actions/undo-latest-session';
import { markResourceOpened } from '../../lib/services/manage-resource';
import { describeFailure, UserError } from '../../lib/services/user-error';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { openImport } from './FirstPaint';
import { importExampleRoadmap } from './import-example';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useNow } from './use-now';

type Finishing = {
  projectId: string;
  project: string;
  minutes: number;
  pagesToRead: PageToFinish[];
} & (
  | { kind: 'review'; choices: RatingChoice[] }
  | { kind: 'build'; builtMinutes: number; estimateMinutes: number; openChildren: string[] }
);

interface Message {
  ok: boolean;
  text: string;
  undo?: boolean;
  /** After a review rated Again: offer to build the project again. */
  reopen?: string;
}

interface TodayContainerProps {
  db: WaymarkDatabase;
  /** The stored view painted first, shown until the live one is computed. */
  initial: TodayView | null;
  firstRun: boolean;
}

export function TodayContainer({ db, initial, firstRun }: TodayContainerProps) {
  const now = useNow();
  const day = epochToDay(now);
  // Recomputed whenever a table it reads changes, here or in the popup / background. Only shown:
  // the stored copies the next new tab paints are the service worker's (keep-today-fresh.ts).
  const live = useLiveQuery(() => computeToday(db, Date.now()), [db, day]);
  const [finishing, setFinishing] = useState<Finishing | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [importing, setImporting] = useState(false);
  const view = live.status === 'ready' ? live.value : initial;

  useEffect(() => {
    if (live.status !== 'ready') return;
    if (performance.getEntriesByName('waymark:plan-rendered').length === 0) {
      performance.mark('waymark:plan-rendered');
    }
  }, [live]);

  const report = (error: unknown) => setMessage({ ok: false, text: describeFailure(error) });
  const deps = { db, now: () => Date.now(), newId: () => crypto.randomUUID() };
  const tell = (outcome: Outcome) => setMessage({ ok: outcome.ok, text: outcome.message });
  const reportFailure = (outcome: Outcome) => {
    if (!outcome.ok) tell(outcome);
  };

  const actions: TodayActions = {
    start: (projectId) => {
      const session = view?.sessions.find((s) => s.projectId === projectId);
      if (!session) return;
      // Says how many pages are left to read, so the outcome is shown either way.
      void startSession(
        { ...deps, openTabs: openSessionTabs },
        { projectId, title: session.project },
      ).then(tell);
    },
    finish: () => {
      const active = view?.active;
      if (!active) return;
      void (async () => {
        const [stored, settings, projects, pages] = await Promise.all([
          db.projects.get(active.projectId),
          readSettings(db),
          readLiveRows(db.projects).then((rows) => rows.map(readableProject)),
          db.resources.where('projectId').equals(active.projectId).toArray(),
        ]);
        const project = stored && readableProject(stored);
        if (!project) throw new UserError('That project is no longer in your roadmap.');
        const at = Date.now();
        const base = {
          projectId: active.projectId,
          project: active.project,
          minutes: Math.max(1, Math.round((at - active.startedAt) / 60_000)),
          pagesToRead: orderForStudy(pages.filter(isToRead)).map(({ id, title }) => ({
            id,
            title,
          })),
        };
        if (project.phase !== 'reviewing') {
          setFinishing({
            ...base,
            kind: 'build',
            builtMinutes: project.builtMinutes,
            estimateMinutes: estimateOf(project, settings),
            openChildren: project.children.filter((c) => !project.childrenDone.includes(c)),
          });
          return;
        }
        // The same balancing the save does, so each button shows the day it will really be.
        const previews = previewRatings(
          project.card,
          at,
          settings,
          reviewLoad(projects, project.id),
        );
        const today = epochToDayIndex(at);
        setFinishing({
          ...base,
          kind: 'review',
          choices: RATINGS.map((rating) => {
            const due = epochToDayIndex(previews[rating].due);
            return { rating, nextDay: indexToDay(due), days: Math.max(1, due - today) };
          }),
        });
      })().catch(report);
    },
    resume: () => {
      const active = view?.active;
      if (!active) return;
      void (async () => {
        if (await focusSessionTabs(active.groupId)) return;
        if (!active.lastResource) return;
        await openPage(active.lastResource.url);
        await markResourceOpened(db, active.lastResource.id, Date.now());
      })().catch(report);
    },
    opened: (resourceId) => void markResourceOpened(db, resourceId, Date.now()).catch(report),
    shorten: (projectId, minutes) =>
      void setSessionLength(deps, projectId, 'build', minutes).then(reportFailure),
    pastEstimate: (projectId, choice) => {
      const session = view?.sessions.find((s) => s.projectId === projectId);
      if (!session) return;
      if (choice === 'done') {
        void markDone(deps, projectId, true).then(reportFailure);
        return;
      }
      const raised = raisedEstimate(session.estimateMinutes, session.builtMinutes);
      void setProjectEstimate(deps, projectId, raised).then(reportFailure);
    },
  };

  async function save(projectId: string, said: SessionReport) {
    setFinishing(null);
    const outcome = await finishSession(deps, projectId, said);
    if (!outcome.ok) {
      tell(outcome);
      return;
    }
    const { project, review } = outcome;
    const next = project.card ? epochToDay(project.card.due) : 'a later day';
    if (review.kind === 'build') {
      const built = review.finished
        ? `“${project.title}” is done: its first review is on ${next}.`
        : `Saved: ${formatHours(project.builtMinutes)} of “${project.title}” built.`;
      setMessage({ ok: true, undo: true, text: built });
      return;
    }
    setMessage({
      ok: true,
      undo: true,
      text: `Saved. “${project.title}” comes back on ${next}.`,
      ...(review.rating === 'again' ? { reopen: project.id } : {}),
    });
  }

  useKeyboardShortcuts(
    {
      s: () => view?.sessions[0] && !view.active && actions.start(view.sessions[0].projectId),
      f: () => view?.active && !finishing && actions.finish(),
    },
    !finishing,
  );

  async function tryExample() {
    setImporting(true);
    try {
      await importExampleRoadmap(db);
    } catch (error) {
      report(error);
    } finally {
      setImporting(false);
    }
  }

  // The view's boundary (live-app.tsx) shows why, with a way forward.
  if (live.status === 'error') throw live.error;
  if (!view && !firstRun) return <p class="muted loading">Planning today…</p>;
  if (!view || !view.hasRoadmap) {
    return (
      <FirstRun
        busy={importing}
        error={message?.ok === false ? message.text : null}
        onTryExample={view ? () => void tryExample() : null}
        onImport={openImport}
      />
    );
  }
  return (
    <>
      <TodayPlan view={view} now={now} actions={actions} />
      {message && (
        <Notice tone={message.ok ? 'success' : 'error'}>
          {message.text}{' '}
          {message.reopen && (
            <button
              type="button"
              onClick={() => void markDone(deps, message.reopen as string, false).then(tell)}
            >
              Build it again
            </button>
          )}{' '}
          {message.undo && (
            <button type="button" onClick={() => void undoLatestSession(deps).then(tell)}>
              Undo session
            </button>
          )}
        </Notice>
      )}
      {finishing?.kind === 'review' && (
        <RatingDialog
          project={finishing.project}
          choices={finishing.choices}
          defaultMinutes={finishing.minutes}
          pagesToRead={finishing.pagesToRead}
          onCancel={() => setFinishing(null)}
          onRate={(rating, minutes, note, pagesRead) =>
            void save(finishing.projectId, { kind: 'review', rating, minutes, note, pagesRead })
          }
        />
      )}
      {finishing?.kind === 'build' && (
        <BuildDialog
          project={finishing.project}
          defaultMinutes={finishing.minutes}
          builtMinutes={finishing.builtMinutes}
          estimateMinutes={finishing.estimateMinutes}
          openChildren={finishing.openChildren}
          pagesToRead={finishing.pagesToRead}
          onCancel={() => setFinishing(null)}
          onSave={(finish) => void save(finishing.projectId, { kind: 'build', ...finish })}
        />
      )}
    </>
  );
}
