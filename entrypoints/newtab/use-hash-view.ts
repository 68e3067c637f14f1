import { useEffect, useState } from 'preact/hooks';
import { markCurrentView, viewFromHash, type ViewId } from './views';

/** The view named in the address, so views are links and survive reloads. */
export function useHashView(): ViewId {
  const [view, setView] = useState(() => viewFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setView(viewFromHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  useEffect(() => markCurrentView(view), [view]);
  return view;
}
