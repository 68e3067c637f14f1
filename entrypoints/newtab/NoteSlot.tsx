import type { WaymarkDatabase } from '../../lib/db/database';
import { useLiveQuery } from '../../lib/ui/use-live-query';
import { LazyView } from './LazyView';

/** Room for the linked note's line: nothing, and no code loaded, until a note is linked. */
export function NoteSlot({ db }: { db: WaymarkDatabase }) {
  const linked = useLiveQuery(() => db.noteLink.count(), [db]);
  if (linked.status !== 'ready' || linked.value === 0) return null;
  return (
    <LazyView
      quiet
      load={() => import('./NoteLineContainer').then((m) => m.NoteLineContainer)}
      db={db}
    />
  );
}
