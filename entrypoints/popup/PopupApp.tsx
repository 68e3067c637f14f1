import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AttachPanel } from '../../components/AttachPanel';
import { Notice } from '../../components/Notice';
import { FiledPanel } from '../../components/popup/FiledPanel';
import { LastAttachBar } from '../../components/popup/LastAttachBar';
import { NextSession } from '../../components/popup/NextSession';
import { TagTabsPanel } from '../../components/popup/TagTabsPanel';
import { readCurrentTab, readWindowTabs, type CurrentTab } from '../../lib/browser/current-tab';
import { requestTabLookup } from '../../lib/browser/suggestion-messages';
import { readTodaySnapshot } from '../../lib/db/read-today-snapshot';
import { epochToDay } from '../../lib/domain/schedule/day-index';
import { POPUP_UNDO_MS, type AttachUndo } from '../../lib/domain/tabs/attach-undo';
import { projectHash } from '../../lib/domain/project-hash';
import type { TabLookup, TabSuggestion } from '../../lib/domain/tabs/tab-suggestion';
import {
  TODAY_VIEW_FORMAT,
  type TodaySession,
  type TodayView,
} from '../../lib/domain/today/today-view';
import type { Outcome } from '../../lib/services/actions/action-outcome';
import { describeTab, tabKey, tagRowFor } from './describe-tab';
import type { PopupActions } from './popup-actions';

/** The current tab's suggestions come with the first answer, the others' after. */
function suggestionsFor(loaded: Loaded, index: number): TabSuggestion[] {
  return (index === 0 ? loaded.lookup.suggestions[0] : loaded.others?.suggestions[index - 1]) ?? [];
}

interface Loaded {
  tab: CurrentTab | null;
  /** For the current tab only, with the project names. */
  lookup: TabLookup;
  others: Others | null;
}

interface Others {
  /** The rest of the current tab's window. */
  tabs: CurrentTab[];
  suggestions: TabSuggestion[][];
}

export function PopupApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [last, setLast] = useState<AttachUndo | null>(null);
  const [view, setView] = useState<'tab' | 'tabs'>('tab');
  const [today, setToday] = useState<TodayView | null>(null);
  const [note, setNote] = useState<Outcome | null>(null);
  // The database and its actions load beside the first screen, which the service worker answers.
  const actions = useRef<Promise<PopupActions> | null>(null);

  useEffect(() => {
    const opening = import('./popup-actions')
      .then(({ openPopupActions }) => openPopupActions(setProblem))
      .then((result) => {
        if (typeof result === 'string') throw new Error(result);
        return result;
      });
    opening.catch((error: unknown) => setProblem(String((error as Error).message ?? error)));
    actions.current = opening;
    void load(opening).then(
      (first) => {
        setLoaded(first);
        void loadOthers(first.tab).then((others) => setLoaded((now) => now && { ...now, others }));
      },
      (error: unknown) => setProblem(String(error)),
    );
    void opening.then((ready) => ready.readUndoable()).then(setLast, () => setLast(null));
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
  if (!loaded || !actions.current) return null;
  const ready = actions.current;
  const { tab, lookup } = loaded;
  // The current tab, then (once they arrive) the rest of its window.
  const tabs = [...(tab ? [tab] : []), ...(loaded.others?.tabs ?? [])];
  const { objectives, projects } = lookup.roadmap;

  async function attachCurrent(projectId: string): Promise<Outcome> {
    const outcome = await (await ready).attach(projectId, { url: tab?.url, title: tab?.title });
    if (outcome.ok && outcome.record) setLast(outcome.record);
    return outcome;
  }

  async function attachChosen(choices: Array<{ key: string; projectId: string }>) {
    const byKey = new Map(tabs.map((t, index) => [tabKey(t, index), t]));
    const outcome = await (
      await ready
    ).attachMany(
      choices.map(({ key, projectId }) => ({
        projectId,
        url: byKey.get(key)?.url,
        title: byKey.get(key)?.title,
      })),
    );
    if (outcome.record) setLast(outcome.record);
    return outcome;
  }

  /** Runs a change to the filed page, then asks the worker again where the page is now. */
  async function changeFiled(change: (a: PopupActions) => Promise<Outcome>): Promise<Outcome> {
    const outcome = await change(await ready);
    if (!outcome.ok) return outcome;
    setNote(outcome);
    const again = await requestTabLookup([{ url: tab?.url, title: tab?.title }]).catch(() => null);
    if (again) {
      setLoaded(
        (now) =>
          now && { ...now, lookup: { ...now.lookup, filed: again.filed, roadmap: again.roadmap } },
      );
    }
    return outcome;
  }

  const startFromPopup = async (session: TodaySession) => (await ready).start(session);

  function openWaymark(hash = '') {
    void browser.tabs.create({ url: browser.runtime.getURL(`/newtab.html${hash}`) });
  }

  const current = describeTab(tab);
  const filed = lookup.filed[0] ?? [];
  return (
    <main class="popup">
      {today && (
        <NextSession view={today} onStart={startFromPopup} onOpenWaymark={() => openWaymark()} />
      )}
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
          onUndo={async () => (await ready).undo(last)}
        />
      )}
      {view === 'tabs' ? (
        loaded.others ? (
          <TagTabsPanel
            rows={tabs.map((t, index) =>
              tagRowFor(t, index, suggestionsFor(loaded, index)[0] ?? null),
            )}
            objectives={objectives}
            projects={projects}
            onAttach={attachChosen}
          />
        ) : (
          <p class="muted" role="status">
            Finding suggestions…
          </p>
        )
      ) : filed.length > 0 ? (
        <FiledPanel
          key={filed[0]?.resourceId}
          tab={tab}
          kind={current.kind}
          filed={filed}
          objectives={objectives}
          projects={projects}
          onMove={(resourceId, projectId) => changeFiled((a) => a.move(resourceId, projectId))}
          onDetach={(resourceId) => changeFiled((a) => a.detach(resourceId))}
          onMarkRead={(resourceId) => changeFiled((a) => a.markRead(resourceId))}
          onOpenProject={(projectId) => openWaymark(projectHash(projectId))}
        />
      ) : (
        <>
          {note && <Notice tone={note.ok ? 'success' : 'error'}>{note.message}</Notice>}
          <AttachPanel
            tab={tab}
            kind={current.kind}
            objectives={objectives}
            projects={projects}
            suggestion={lookup.suggestions[0]?.[0] ?? null}
            refusal={current.refusal}
            onAttach={attachCurrent}
          />
        </>
      )}
    </main>
  );
}

/**
 * The current tab, then one answer from the service worker for it (the database only if the
 * worker cannot answer); the window's other tabs, for "Tag open tabs", come after the first paint.
 */
async function load(actions: Promise<PopupActions>): Promise<Loaded> {
  const tab = await readCurrentTab();
  const page = tab ? [{ url: tab.url, title: tab.title }] : [];
  const lookup = (await requestTabLookup(page).catch(() => null)) ?? {
    suggestions: [[]],
    filed: [[]],
    roadmap: await (await actions).readRoadmap(),
  };
  return { tab, lookup, others: null };
}

/** The rest of the current tab's window, in tab-strip order, with their suggestions. */
async function loadOthers(tab: CurrentTab | null): Promise<Others> {
  const tabs =
    tab?.windowId === undefined
      ? []
      : (await readWindowTabs(tab.windowId)).filter((t) => t.id !== tab.id);
  const lookup = await requestTabLookup(tabs.map(({ url, title }) => ({ url, title }))).catch(
    () => null,
  );
  return { tabs, suggestions: lookup?.suggestions ?? tabs.map(() => []) };
}
