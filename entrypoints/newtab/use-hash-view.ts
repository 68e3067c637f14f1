import { useEffect, useState } from 'preact/hooks';
import { viewFromHash, type ViewId } from '../../components/AppNav';

/** The view named in the address (#today, #roadmap...), so views are links and survive reloads. */
export function useHashView(): ViewId {
  const [view, setView] = useState(() => viewFromHash(location.hash));
  useEffect(() => {
    const onChange = () => setView(viewFromHash(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return view;
}
