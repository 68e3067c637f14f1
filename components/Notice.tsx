interface NoticeProps {
  tone: 'error' | 'info' | 'success';
  children: preact.ComponentChildren;
}

/** A message the user must see; errors are announced to screen readers at once. */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <p class={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
