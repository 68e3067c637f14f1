import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttachPanel } from '../../components/AttachPanel';
import { Notice } from '../../components/Notice';
import { LastAttachBar } from '../../components/popup/LastAttachBar';
import { NextSession } from '../../components/popup/NextSession';
import { TagTabsPanel } from '../../components/popup/TagTabsPanel';
import { readCurrentTab, readWindowTabs, type CurrentTab } from '../../lib/browser/current-tab';
import { lastAttach } from '../../lib/browser/last-attach';
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
import type { Outcome } from '../../lib/services/actions/action-outcome';
import { attachPage } from '../../lib/services/actions/attach-page';
import { attachPages } from '../../lib/services/actions/attach-pages';
import { startSession } from '../../lib/services/actions/start-session';
import { undoLastAttach } from '../../lib/services/actions/undo-last-attach';
import { canUndoAttach } from '../../lib/services/undo-attach';
import { openDatabaseForPage } from '../../lib/ui/open-database';
import { describeTab, tabKey, tagRowFor } from './describe-tab';

interface Loaded {
  db: WaymarkDatabase;
  tab: CurrentTab | null;
  /** The current tab first, then the rest of its window in tab-strip order. */
  tabs: CurrentTab[];
  roadmap: RoadmapView;
}

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
  const deps = { db, now: () => Date.now(), newId: () => crypto.randomUUID(), lastAttach };

  async function attachCurrent(projectId: string): Promise<Outcome> {
    const page = { url: tab?.url, title: tab?.title };
    const outcome = await attachPage(deps, { projectId, page, via: 'popup' });
    if (outcome.ok && outcome.record) setLast(outcome.record);
    return outcome;
  }

  async function attachChosen(choices: Array<{ key: string; projectId: string }>) {
    const byKey = new Map(tabs.map((t, index) => [tabKey(t, index), t]));
    const outcome = await attachPages(
      deps,
      choices.map(({ key, projectId }) => ({
        projectId,
        url: byKey.get(key)?.url,
        title: byKey.get(key)?.title,
      })),
    );
    if (outcome.record) setLast(outcome.record);
    return outcome;
  }

  // As the new-tab page starts a session: the same action, with the popup's own tabs adapter.
  function startFromPopup(session: TodaySession): Promise<Outcome> {
    return startSession(
      { ...deps, openTabs: openSessionTabs },
      {
        projectId: session.projectId,
        title: session.project,
        urls: session.resources.map((r) => r.url),
      },
    );
  }

  function openWaymark() {
    void browser.tabs.create({ url: browser.runtime.getURL('/newtab.html') });
  }

  const current = describeTab(tab);
  return (
    <main class="popup">
      {today && <NextSession view={today} onStart={startFromPopup} onOpenWaymark={openWaymark} />}
      <nav class="views" aria-label="Waymark popup">
        <button type="button" aria-pressed={view === 'tab'} onClick={() => setView('tab')}>
          This tab
        </button>
        <button type="button" aria-pressed={view === 'tabs'} onClick={() => setView('tabs')}>
          Tag open tabs
        </button>
      </nav>
      {last && (
        <LastAttachBar
          key={last.at}
          summary={last.summary}
          onUndo={() => undoLastAttach(deps, last, POPUP_UNDO_MS)}
        />
      )}
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
  const record = await lastAttach.read();
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
