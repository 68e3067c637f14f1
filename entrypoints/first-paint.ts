import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { currentTodayCopy } from '../lib/ui/today-copy';
import { restoreNodes } from '../lib/ui/stored-nodes';
import { markCurrentView, viewFromHash } from './newtab/views';
import { PLAN_RENDERED } from './newtab/plan-rendered';

/**
 * The new-tab page's first screen, in its first frame: this small classic script runs inside
 * `#app` while the parser waits on it, and the page's `<link rel="expect" blocking="render">`
 * holds rendering until the parser is past it (see wxt.config.ts). It rebuilds the screen the
 * last page stored for today's view, then starts the page's module (main.tsx), which takes it
 * over, or paints the first screen itself when there is none (first run, a new day, another view).
 */
export default defineUnlistedScript(() => {
  document.currentScript?.remove();
  const app = document.getElementById('app');
  if (!app) return;
  const painted = paintStoredToday(app);
  // The module waits for the frame that shows the plan: fetching and running it before would
  // take the main thread that frame needs.
  if (painted) requestAnimationFrame(() => setTimeout(() => startModule(app)));
  else startModule(app);
});

function paintStoredToday(app: HTMLElement): boolean {
  const view = viewFromHash(location.hash);
  markCurrentView(view);
  const copy = view === 'today' ? currentTodayCopy(Date.now()) : null;
  if (!copy?.screen) return false;
  try {
    app.replaceChildren(...restoreNodes(copy.screen, document));
  } catch {
    return false; // A damaged copy: the module paints from the stored view instead.
  }
  app.dataset.painted = 'stored';
  performance.mark(PLAN_RENDERED);
  return true;
}

/** The module's file is named by the build in `data-module` (see wxt.config.ts). */
function startModule(app: HTMLElement) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = app.dataset.module ?? '';
  document.head.append(script);
}
