import { defineBackground } from 'wxt/utils/define-background';
import { registerAttachCommand } from '../lib/browser/attach-command';
import { registerAttachMenu } from '../lib/browser/attach-menu';
import { registerDailyAlarm } from '../lib/browser/daily-alarm';
import { flashBadge, showBadge } from '../lib/browser/badge';
import { lastAttach } from '../lib/browser/last-attach';
import { answerTabLookups } from '../lib/browser/suggestion-messages';
import { registerFiledToolbar } from '../lib/browser/filed-toolbar';
import { clearBackupProblem, saveBackupProblem } from '../lib/browser/backup-problem';
import { createBackupStore } from '../lib/db/backup-store';
import { createDatabase } from '../lib/db/database';
import { watchActiveRoadmap } from '../lib/db/roadmap-repository';
import { describeStorageError } from '../lib/db/storage-error';
import type { PageRef } from '../lib/domain/tabs/tab-suggestion';
import { attachGestures } from '../lib/services/actions/attach-gestures';
import { keepRollingBackups } from '../lib/services/rolling-backups';
import { keepTodayFresh } from '../lib/services/keep-today-fresh';
import { startupGate } from '../lib/services/startup-gate';
import { keepSuggestionIndex } from '../lib/services/tab-suggestions';
import { describeFailure } from '../lib/services/user-error';
import { browserSyncArea, registerSyncRetryAlarm } from '../lib/browser/sync-area';
import {
  readSyncEnabled,
  readSyncStatus,
  watchSyncEnabled,
  writeSyncStatus,
} from '../lib/browser/sync-preference';
import { keepSyncing } from '../lib/services/sync/keep-syncing';

/** Long enough for a cold new tab (what usually wakes the worker) to paint first. */
const STARTUP_QUIET_MS = 1500;

export default defineBackground(() => {
  const db = createDatabase();
  // Reads of every table wait a moment after the worker starts (see startup-gate.ts).
  const gate = startupGate(STARTUP_QUIET_MS);
  const logError = (error: unknown) => console.error(describeStorageError(error));
  const suggestions = keepSuggestionIndex(db, {
    gate,
    delayMs: 500,
    onError: logError,
    onRebuilt: () => {
      menu.refreshSuggestions();
      toolbar.refresh();
    },
  });
  const suggest = async (page: PageRef) => (await suggestions.suggest([page]))[0] ?? [];

  // Every gesture's attach is remembered, so the popup (or the shortcut) can undo it.
  const gestures = attachGestures({
    db,
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    lastAttach,
  });
  const menu = registerAttachMenu({
    watchRoadmap: (onChange) => watchActiveRoadmap(db, 250, onChange, logError, gate.opened),
    attach: gestures.menu,
    feedback: flashBadge,
    suggest,
    filedFor: suggestions.filedNow,
  });
  registerAttachCommand({ now: () => Date.now(), suggest, ...gestures.command, badge: showBadge });
  answerTabLookups((pages) => suggestions.look(pages));
  // The icon says "In <project>" on a page already filed.
  const toolbar = registerFiledToolbar(suggestions.filedNow);

  // The new-tab page paints the stored plan: keep it current, and roll it over at midnight.
  const today = keepTodayFresh(db, () => Date.now(), gate);
  registerDailyAlarm('refresh-today', today.refresh);
  // A daily copy of the data in a database of its own (lib/services/rolling-backups.ts).
  // A failure stays on show in Settings until a later backup succeeds.
  registerDailyAlarm(
    'rolling-backup',
    keepRollingBackups(db, createBackupStore(), () => new Date(), {
      onSuccess: () => void clearBackupProblem().catch(logError),
      onError: (error) => {
        logError(error);
        void saveBackupProblem({ at: Date.now(), message: describeFailure(error) }).catch(logError);
      },
    }),
  );

  // Sync through the browser's own account while the user has it on (lib/services/sync); turning
  // it off stops it and deletes nothing. Its listeners are registered now, so events wake the worker.
  const syncArea = browserSyncArea();
  let sync: ReturnType<typeof keepSyncing> | undefined;
  const retrySyncAt = registerSyncRetryAlarm(() => sync?.retry());
  const followSyncPreference = async () => {
    const on = await readSyncEnabled();
    if (on && !sync) {
      sync = keepSyncing({
        db,
        area: syncArea,
        now: () => Date.now(),
        newId: () => crypto.randomUUID(),
        timers: { set: (run, ms) => setTimeout(run, ms), clear: (t) => clearTimeout(t as number) },
        status: { read: readSyncStatus, write: writeSyncStatus },
        retryAt: retrySyncAt,
        onError: logError,
        after: gate.opened,
      });
    } else if (!on && sync) {
      sync.stop();
      sync = undefined;
    }
  };
  // One check at a time, so two quick changes can never start two engines.
  let following = Promise.resolve();
  const follow = () => (following = following.then(followSyncPreference).catch(logError));
  watchSyncEnabled(() => void follow());
  void follow();
});
