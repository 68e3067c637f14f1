import { defineBackground } from 'wxt/utils/define-background';
import { registerAttachMenu } from '../lib/browser/attach-menu';
import { flashBadge } from '../lib/browser/badge';
import { createDatabase } from '../lib/db/database';
import { watchActiveRoadmap } from '../lib/db/roadmap-repository';
import { describeStorageError } from '../lib/db/storage-error';
import { describeAttachResult } from '../lib/services/attach-message';
import { attachResource } from '../lib/services/attach-resource';

export default defineBackground(() => {
  const db = createDatabase();
  registerAttachMenu({
    watchRoadmap: (onChange) =>
      watchActiveRoadmap(db, onChange, (error) => console.error(describeStorageError(error))),
    attach: async (projectId, page) => {
      try {
        const result = await attachResource(db, {
          projectId,
          ...page,
          via: 'context-menu',
          now: Date.now(),
        });
        return describeAttachResult(result);
      } catch (error) {
        return { ok: false, message: describeStorageError(error) };
      }
    },
    feedback: flashBadge,
  });
});
