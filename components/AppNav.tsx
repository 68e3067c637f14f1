export const VIEWS = [
  { id: 'today', label: 'Today' },
  { id: 'upcoming', label: 'Upcoming' },
  { id: 'roadmap', label: 'Roadmap' },
  { id: 'stats', label: 'Stats' },
  { id: 'import', label: 'Import & export' },
  { id: 'settings', label: 'Settings' },
] as const;

export type ViewId = (typeof VIEWS)[number]['id'];

export function viewFromHash(hash: string): ViewId {
  const id = hash.replace(/^#/, '');
  return VIEWS.find((v) => v.id === id)?.id ?? 'today';
}

/** Plain links to #view: they work before any script runs and with the keyboard. */
export function AppNav({ current }: { current: ViewId }) {
  return (
    <nav class="app-nav" aria-label="Waymark">
      <span class="brand">Waymark</span>
      {VIEWS.map((v) => (
        <a key={v.id} href={`#${v.id}`} aria-current={v.id === current ? 'page' : undefined}>
          {v.label}
        </a>
      ))}
    </nav>
  );
}
