interface LeftOutObjectivesProps {
  titles: string[];
  /** A note is linked, so Waymark offers the objective back at its next look at the note. */
  linked: boolean;
  busy: boolean;
  message: string | null;
  onTakeBack: (title: string) => void;
}

/**
 * Settings → Left out of imports: the objectives unticked in an import preview, which every later
 * import leaves out, each one click from being taken back in. Titles from the note render as text.
 */
export function LeftOutObjectives({
  titles,
  linked,
  busy,
  message,
  onTakeBack,
}: LeftOutObjectivesProps) {
  if (titles.length === 0 && !message) return null;
  return (
    <section class="settings-section" aria-labelledby="left-out-title">
      <h2 id="left-out-title">Left out of imports</h2>
      {message && <p role="status">{message}</p>}
      {titles.length > 0 && (
        <>
          <p class="muted">
            {linked
              ? 'Taken back in, an objective returns with its projects when Waymark next looks at your note (within a minute), after you confirm.'
              : 'Taken back in, an objective returns with its projects at your next import.'}
          </p>
          <ul aria-label="Objectives left out of imports">
            {titles.map((title) => (
              <li key={title}>
                {title}{' '}
                <button type="button" disabled={busy} onClick={() => onTakeBack(title)}>
                  Take back in
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
