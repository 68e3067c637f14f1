import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Notice } from '../../components/Notice';
import type { WaymarkDatabase } from '../../lib/db/database';

interface ViewProps {
  db: WaymarkDatabase;
  onClose: () => void;
}

/**
 * A view whose code loads only when the user opens it (stats, settings, import); a `quiet` part
 * (the linked note's line) shows nothing while it loads.
 */
export function LazyView({
  load,
  db,
  quiet = false,
}: {
  load: () => Promise<ComponentType<ViewProps>>;
  db: WaymarkDatabase;
  quiet?: boolean;
}) {
  const [state, setState] = useState<{ View: ComponentType<ViewProps> } | { error: string } | null>(
    null,
  );
  useEffect(() => {
    let live = true;
    load().then(
      (View) => live && setState({ View }),
      () => live && setState({ error: 'This part of Waymark failed to load. Reload the page.' }),
    );
    return () => {
      live = false;
    };
    // Each view is its own instance (keyed by the caller): load once.
  }, []);
  if (!state) return quiet ? null : <p class="muted loading">Loading…</p>;
  if ('error' in state) return <Notice tone="error">{state.error}</Notice>;
  return <state.View db={db} onClose={() => (location.hash = '#today')} />;
}
