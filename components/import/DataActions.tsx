interface DataActionsProps {
  busy: boolean;
  /** False before any roadmap exists: there is nothing to write as markdown. */
  canExportMarkdown: boolean;
  onExportBackup: () => void;
  onExportMarkdown: () => void;
  onRestoreFile: (file: File) => void;
}

/** Backup, restore and markdown export, next to the import. */
export function DataActions(props: DataActionsProps) {
  return (
    <section class="data-actions" aria-labelledby="data-actions-title">
      <h2 id="data-actions-title">Backup and export</h2>
      <div class="import-actions">
        <button type="button" disabled={props.busy} onClick={props.onExportBackup}>
          Export backup
        </button>
        <label class="file-button">
          Restore backup
          <input
            type="file"
            accept=".json,application/json"
            disabled={props.busy}
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onRestoreFile(file);
            }}
          />
        </label>
        <button
          type="button"
          disabled={props.busy || !props.canExportMarkdown}
          onClick={props.onExportMarkdown}
        >
          Export markdown
        </button>
      </div>
      <p class="muted">
        A backup is one JSON file with everything: roadmap, schedule, attached resources, history
        and settings. The markdown export is your roadmap as a table with each next session date.
      </p>
    </section>
  );
}
