import { defineBackground } from 'wxt/utils/define-background';
import { registerAttachCommand } from '../lib/browser/attach-command';
import { registerAttachMenu } from '../lib/browser/attach-menu';
import { registerDailyAlarm } from '../lib/browser/daily-alarm';
import { flashBadge, showBadge } from '../lib/browser/badge';
import { clearLastAttach, readLastAttach, saveLastAttach } from '../lib/browser/last-attach';
import { answerSuggestionRequests } from '../lib/browser/suggestion-messages';
import { clearBackupProblem, saveBackupProblem } from '../lib/browser/backup-problem';
import { createBackupStore } from '../lib/db/backup-store';
import { createDatabase } from '../lib/db/database';
import { watchActiveRoadmap } from '../lib/db/roadmap-repository';
import { describeStorageError } from '../lib/db/storage-error';
import { COMMAND_UNDO_MS } from '../lib/domain/tabs/attach-undo';
import type { PageRef } from '../lib/domain/tabs/tab-suggestion';
import type { AttachVia } from '../lib/domain/types';
import { describeAttachResult, recordAttach } from '../lib/services/attach-message';
import { attachResource } from '../lib/services/attach-resource';
import { describeBackupFailure } from '../lib/services/backup-format';
import { keepRollingBackups } from '../lib/services/rolling-backups';
import { keepTodayFresh } from '../lib/services/keep-today-fresh';
import { undoAttach } from '../lib/services/detach-resources';
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
  const attach = async (projectId: string, page: PageRef, via: AttachVia, tabId?: number) => {
    try {
      const now = Date.now();
      const result = await attachResource(db, { projectId, ...page, via, now });
      const record = recordAttach([result], { via, at: now, tabId });
      if (record) await saveLastAttach(record);
      return describeAttachResult(result);
    } catch (error) {
      return { ok: false, message: describeStorageError(error) };
    }
  };

  const menu = registerAttachMenu({
    watchRoadmap: (onChange) => watchActiveRoadmap(db, 250, onChange, logError),
    attach: (projectId, page) => attach(projectId, page, 'context-menu'),
    feedback: flashBadge,
    suggest,
  });
  registerAttachCommand({
    now: () => Date.now(),
    suggest,
    attach: (projectId, page, tabId) => attach(projectId, page, 'command', tabId),
    readLastAttach,
    undo: async (record) => {
      try {
        await undoAttach(db, record, Date.now(), COMMAND_UNDO_MS);
        await clearLastAttach();
        return { ok: true, message: `Undone: ${record.summary}.` };
      } catch (error) {
        return { ok: false, message: describeFailure(error) };
      }
    },
    badge: showBadge,
  });
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
        void saveBackupProblem({ at: Date.now(), message: describeBackupFailure(error) }).catch(
          logError,
        );
      },
    }),
  );
});
