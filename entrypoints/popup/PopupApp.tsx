import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttachPanel } from '../../components/AttachPanel';
import { Notice } from '../../components/Notice';
import { LastAttachBar } from '../../components/popup/LastAttachBar';
import { NextSession } from '../../components/popup/NextSession';
import { TagTabsPanel } from '../../components/popup/TagTabsPanel';
import { readCurrentTab, readWindowTabs, type CurrentTab } from '../../lib/browser/current-tab';
import { clearLastAttach, readLastAttach, saveLastAttach } from '../../lib/browser/last-attach';
import { openSessionTabs } from '../../lib/browser/session-tabs';
import { requestSuggestions } from '../../lib/browser/suggestion-messages';
import type { WaymarkDatabase } from '../../lib/db/database';
import { readTodaySnapshot } from '../../lib/db/read-today-snapshot';
import { readActiveRoadmap, type RoadmapView } from '../../lib/db/roadmap-repository';
import { describeStorageError } from '../../lib/db/storage-error';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import { POPUP_UNDO_MS, type AttachUndo } from '../../lib/domain/tabs/attach-undo';
import type { TabSuggestion } from '../../lib/domain/tabs/tab-suggestion';
import {
  TODAY_VIEW_FORMAT,
  type TodaySession,
  type TodayView,
} from '../../lib/domain/today/today-view';
import {
  describeAttachResult,
  describeBulkResult,
  recordAttach,
} from '../../lib/services/attach-message';
import { attachResource, type AttachResult } from '../../lib/services/attach-resource';
import { attachTabs } from '../../lib/services/attach-tabs';
import { canUndoAttach, undoAttach } from '../../lib/services/detach-resources';
import { startStudySession } from '../../lib/services/study-session';
import { describeFailure } from '../../lib/services/user-error';
import { openDatabaseForPage } from '../../lib/ui/open-database';
import { describeTab, tabKey, tagRowFor } from './describe-tab';

interface Loaded {
  db: WaymarkDatabase;
  tab: CurrentTab | null;
  /** The current tab first, then the rest of its window in tab-strip order. */
  tabs: CurrentTab[];
  roadmap: RoadmapView;
}

type Outcome = { ok: boolean; message: string };

export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [suggestions, setSuggestions] = useState<TabSuggestion[][] | null>(null);
  const [last, setLast] = useState<AttachUndo | null>(null);
  const [view, setView] = useState<'tab' | 'tabs'>('tab');
  const [today, setToday] = useState<TodayView | null>(null);

  useEffect(() => {
    void load(setProblem).then((result) => {
      if (typeof result === 'string') return setProblem(result);
      setLoaded(result);
      // The service worker keeps the index: the popup never reads the attached pages itself.
      requestSuggestions(result.tabs.map(({ url, title }) => ({ url, title })))
        .catch(() => result.tabs.map(() => []))
        .then(setSuggestions);
      void readUndoable(result.db).then(setLast, () => setLast(null));
    });
    // The plan the background keeps stored for the new-tab page; yesterday's is not shown.
    void readTodaySnapshot().then(({ snapshot }) => {
      const view = snapshot?.view;
      if (view?.day === epochToDay(Date.now()) && view.format === TODAY_VIEW_FORMAT) setToday(view);
    });
  }, []);

  // Undo goes away when it expires, as it would on the next opening.
  useEffect(() => {
    if (!last) return;
    const timer = setTimeout(() => setLast(null), last.at + POPUP_UNDO_MS - Date.now());
    return () => clearTimeout(timer);
  }, [last]);

  if (problem) return <Notice tone="error">{problem}</Notice>;
  if (!loaded) return null;
  const { db, tab, tabs, roadmap } = loaded;

  // Every attach is remembered so it can be undone here or with the shortcut.
  async function remember(results: AttachResult[], via: 'popup' | 'bulk', at: number) {
    const record = recordAttach(results, { via, at });
    if (record) {
      await saveLastAttach(record);
      setLast(record);
    }
  }

  async function attachCurrent(projectId: string): Promise<Outcome> {
    try {
      const now = Date.now();
      const result = await attachResource(db, {
        projectId,
        url: tab?.url,
        title: tab?.title,
        via: 'popup',
        now,
      });
      await remember([result], 'popup', now);
      return describeAttachResult(result);
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
  }

  async function attachChosen(choices: Array<{ key: string; projectId: string }>) {
    try {
      const byKey = new Map(tabs.map((t, index) => [tabKey(t, index), t]));
      const now = Date.now();
      const results = await attachTabs(
        db,
        choices.map(({ key, projectId }) => ({
          projectId,
          url: byKey.get(key)?.url,
          title: byKey.get(key)?.title,
        })),
        now,
      );
      await remember(results, 'bulk', now);
      return describeBulkResult(results);
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
  }

  async function undoLast(record: AttachUndo): Promise<Outcome> {
    try {
      await undoAttach(db, record, Date.now(), POPUP_UNDO_MS);
      await clearLastAttach();
      return { ok: true, message: `Undone: ${record.summary}.` };
    } catch (error) {
      return { ok: false, message: describeFailure(error) };
    }
  }

  // As the new-tab page starts a session (TodayContainer, actions.start), with one difference:
  // activating the session's first tab closes the popup and ends this script, so the session is
  // stored before the tabs open, then stored again with its tab group if the popup is still here.
  async function startSession(session: TodaySession): Promise<Outcome> {
    try {
      const projectId = session.projectId;
      const startedAt = Date.now();
      await startStudySession(db, { projectId, startedAt });
      const tabs = await openSessionTabs({
        title: session.project,
        urls: session.resources.map((r) => r.url),
        colorSeed: projectId,
      }).catch(() => ({}));
      await startStudySession(db, { projectId, startedAt, ...tabs });
      return { ok: true, message: `Studying ${session.project}.` };
    } catch (error) {
      const message =
        error instanceof Error && !('inner' in error) ? error.message : describeStorageError(error);
      return { ok: false, message };
    }
  }

  function openWaymark() {
    void browser.tabs.create({ url: browser.runtime.getURL('/newtab.html') });
  }

  const current = describeTab(tab);
  return (
    <main class="popup">
      {today && <NextSession view={today} onStart={startSession} onOpenWaymark={openWaymark} />}
      <nav class="views" aria-label="Waymark popup">
        <button type="button" aria-pressed={view === 'tab'} onClick={() => setView('tab')}>
          This tab
        </button>
        <button type="button" aria-pressed={view === 'tabs'} onClick={() => setView('tabs')}>
          Tag open tabs
        </button>
      </nav>
      {last && <LastAttachBar key={last.at} summary={last.summary} onUndo={() => undoLast(last)} />}
      {view === 'tab' ? (
        <AttachPanel
          tab={tab}
          kind={current.kind}
          objectives={roadmap.objectives}
          projects={roadmap.projects}
          suggestion={suggestions?.[0]?.[0] ?? null}
          refusal={current.refusal}
          onAttach={attachCurrent}
        />
      ) : suggestions ? (
        <TagTabsPanel
          rows={tabs.map((t, index) => tagRowFor(t, index, suggestions[index]?.[0] ?? null))}
          objectives={roadmap.objectives}
          projects={roadmap.projects}
          onAttach={attachChosen}
        />
      ) : (
        <p class="muted" role="status">
          Finding suggestions…
        </p>
      )}
    </main>
  );
}

/** The last attach, while Undo would still take back exactly what it did. */
async function readUndoable(db: WaymarkDatabase): Promise<AttachUndo | null> {
  const record = await readLastAttach();
  return record && (await canUndoAttach(db, record, Date.now(), POPUP_UNDO_MS)) ? record : null;
}

async function load(onBlocked: (message: string) => void): Promise<Loaded | string> {
  const opened = await openDatabaseForPage(onBlocked);
  if (!opened.ok) return opened.message;
  const { db } = opened;
  try {
    const [tab, roadmap] = await Promise.all([readCurrentTab(), readActiveRoadmap(db)]);
    const others =
      tab?.windowId === undefined
        ? []
        : (await readWindowTabs(tab.windowId)).filter((t) => t.id !== tab.id);
    return { db, tab, tabs: tab ? [tab, ...others] : others, roadmap };
  } catch (error) {
    return describeStorageError(error);
  }
}
