import { Notice } from './Notice';

interface FirstRunProps {
  busy: boolean;
  error: string | null;
  /** Null until the page's interactive part has loaded. */
  onTryExample: (() => void) | null;
  /** Null until the page's interactive part has loaded. */
  onImport: (() => void) | null;
}

export function FirstRun({ busy, error, onTryExample, onImport }: FirstRunProps) {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">Plan your roadmap with Waymark</h1>
      <p>
        Waymark turns the roadmap note you already keep (objectives, projects, links) into a study
        plan that brings each project back just before it fades.
      </p>
      <p class="actions">
        <button type="button" class="primary" onClick={() => onImport?.()} disabled={!onImport}>
          Import your roadmap
        </button>
        <button type="button" onClick={() => onTryExample?.()} disabled={busy || !onTryExample}>
          {busy ? 'Importing…' : 'Try the example roadmap'}
        </button>
      </p>
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}
