import { useState } from 'preact/hooks';
import type {
  NoteFileOptions,
  NoteVersionItem,
} from '../../../components/settings/NoteFileSettings';
import { formatMoment } from '../../../components/format';
import { requestNoteAccess } from '../../../lib/browser/note-file';
import type { WaymarkDatabase } from '../../../lib/db/database';
import { listNoteVersions, readNoteLink, updateNoteLink } from '../../../lib/db/note-link';
import { forgetNoteLink } from '../../../lib/services/note/link-note';
import { putBackNoteVersion } from '../../../lib/services/note/put-back-note-version';
import { describeFailure, UserError } from '../../../lib/services/user-error';
import { useLiveQuery } from '../../../lib/ui/use-live-query';
import { noteFilePort } from '../note-file-port';

/** Settings → Your note file: the link's options and kept versions, and what changes them. */
export function useNoteFileSettings(db: WaymarkDatabase) {
  const state = useLiveQuery(
    async () => ({ link: (await readNoteLink(db)) ?? null, versions: await listNoteVersions(db) }),
    [db],
  );
  const [busy, setBusy] = useState(false);
  // The box shows the click at once, not when the save (or the browser's prompt) is over.
  const [shown, setShown] = useState<Partial<NoteFileOptions>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  async function act(step: () => Promise<string | null>) {
    setBusy(true);
    setMessage(null);
    try {
      const said = await step();
      if (said) setMessage({ tone: 'success', text: said });
    } catch (failure) {
      setMessage({ tone: 'error', text: describeFailure(failure) });
    } finally {
      setBusy(false);
      setShown({});
    }
  }

  const ready = state.status === 'ready' ? state.value : { link: null, versions: [] };
  return {
    link: ready.link && { ...ready.link, ...shown },
    versions: ready.versions.map(({ id, savedAt, reason }): NoteVersionItem => ({
      id,
      savedAt,
      reason,
    })),
    busy,
    message: state.status === 'error' ? { tone: 'error' as const, text: state.message } : message,
    onChange: (patch: Partial<NoteFileOptions>) => {
      setShown(patch);
      void act(async () => {
        const link = await readNoteLink(db);
        if (!link) return null;
        // Writing needs write access: the browser asks now, inside the click.
        if (patch.writeBack && (await requestNoteAccess(link.handle, 'readwrite')) !== 'granted')
          return `Waymark may not write to ${link.name}: nothing was changed.`;
        await updateNoteLink(
          db,
          patch.writeBack === false ? { ...patch, writeEstimates: false } : patch,
        );
        return null;
      });
    },
    onPutBack: (versionId: string) =>
      void act(async () => {
        const link = await readNoteLink(db);
        if (link) await requestNoteAccess(link.handle, 'readwrite');
        const result = await putBackNoteVersion(db, noteFilePort, versionId, Date.now(), () =>
          crypto.randomUUID(),
        );
        if (result.kind === 'put-back')
          return `${result.name} holds again the version from ${formatMoment(result.savedAt)}. What it held just before is kept as a version too.`;
        if (result.kind === 'reconnect') return `Waymark may not write to ${result.name}.`;
        throw new UserError(result.message);
      }),
    onUnlink: () =>
      void act(async () => {
        await forgetNoteLink(db);
        return 'The note is no longer linked. Waymark and the note keep what they hold.';
      }),
  };
}
