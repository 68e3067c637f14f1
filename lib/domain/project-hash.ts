/** Project ids Waymark makes are short; a longer one in an address is not ours. */
const MAX_ID_CHARS = 200;

/** The Roadmap at one project, its details open: `#roadmap/<id>`, a link that works from anywhere. */
export function projectHash(projectId: string): string {
  return `#roadmap/${encodeURIComponent(projectId)}`;
}

/** The project a `#roadmap/<id>` address names, or null. */
export function projectFromHash(hash: string): string | null {
  const prefix = '#roadmap/';
  if (!hash.startsWith(prefix) || hash.length - prefix.length > MAX_ID_CHARS * 3) return null;
  try {
    const id = decodeURIComponent(hash.slice(prefix.length));
    return id === '' || id.length > MAX_ID_CHARS ? null : id;
  } catch {
    return null;
  }
}
