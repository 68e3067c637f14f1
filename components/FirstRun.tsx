import { Notice } from './Notice';

interface FirstRunProps {
  busy: boolean;
  error: string | null;
  onTryExample: () => void;
}

export function FirstRun({ busy, error, onTryExample }: FirstRunProps) {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h1 id="first-run-title">Plan your roadmap with Waymark</h1>
      <p>
        Waymark turns the roadmap note you already keep (objectives, projects, links) into a study
        plan that brings each project back just before it fades.
      </p>
      <button type="button" class="primary" onClick={onTryExample} disabled={busy}>
        {busy ? 'Importing…' : 'Try the example roadmap'}
      </button>
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}
