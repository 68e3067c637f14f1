import { defineBackground } from 'wxt/utils/define-background';
import { registerAttachCommand } from '../lib/browser/attach-command';
import { registerAttachMenu } from '../lib/browser/attach-menu';
import { registerDailyAlarm } from '../lib/browser/daily-alarm';
import { flashBadge, showBadge } from '../lib/browser/badge';
import { lastAttach } from '../lib/browser/last-attach';
import { answerSuggestionRequests } from '../lib/browser/suggestion-messages';
import { clearBackupProblem, saveBackupProblem } from '../lib/browser/backup-problem';
import { createBackupStore } from '../lib/db/backup-store';
import { createDatabase } from '../lib/db/database';
import { watchActiveRoadmap } from '../lib/db/roadmap-repository';
import { describeStorageError } from '../lib/db/storage-error';
import type { PageRef } from '../lib/domain/tabs/tab-suggestion';
import { attachGestures } from '../lib/services/actions/attach-gestures';
import { keepRollingBackups } from '../lib/services/rolling-backups';
import { keepTodayFresh } from '../lib/services/keep-today-fresh';
import { keepSuggestionIndex } from '../lib/services/tab-suggestions';
import { describeFailure } from '../lib/services/user-error';

export default defineBackground(() => {
  const db = createDatabase();
  const logError = (error: unknown) => console.error(describeStorageError(error));
  const suggestions = keepSuggestionIndex(db, {
    delayMs: 500,
    onError: logError,
    onRebuilt: () => menu.refreshSuggestions(),
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
    watchRoadmap: (onChange) => watchActiveRoadmap(db, 250, onChange, logError),
    attach: gestures.menu,
    feedback: flashBadge,
    suggest,
  });
  registerAttachCommand({ now: () => Date.now(), suggest, ...gestures.command, badge: showBadge });
  answerSuggestionRequests((pages) => suggestions.suggest(pages));

  // The new-tab page paints the stored plan: keep it current, and roll it over at midnight.
  const today = keepTodayFresh(db, () => Date.now());
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
});
