import { isObsidianName } from '../settings/validate-settings';

/** Where the roadmap note lives in Obsidian: the vault's name and the note's path inside it. */
export interface ObsidianNote {
  vault: string;
  file: string;
}

const PREFIX = 'obsidian://open?';
/** Longer than any link a vault and path within the settings' caps can make. */
const MAX_LINK_LENGTH = 20_000;

/**
 * The `obsidian://open` link to the note, at `heading` when given (Obsidian reads `Note#Heading`
 * in the file parameter); null unless both vault and file are set. Every value is
 * percent-encoded as UTF-8, so `/`, `#`, `&`, `+` and `?` reach Obsidian as themselves.
 */
export function obsidianNoteUrl(vault: string, file: string, heading?: string): string | null {
  if (vault === '' || file === '') return null;
  const target = heading ? `${file}#${heading}` : file;
  return `${PREFIX}vault=${encodeURIComponent(vault)}&file=${encodeURIComponent(target)}`;
}

/**
 * The vault and note a pasted `obsidian://open?vault=…&file=…` link names (what Obsidian's
 * "Copy Obsidian URL" gives), or null for anything else: another action, a link by absolute
 * `path`, a repeated or missing parameter, broken percent-encoding, control characters, or a
 * name longer than Settings keeps. `+` is a plus, as Obsidian encodes spaces as `%20`.
 */
export function readObsidianLink(pasted: string): ObsidianNote | null {
  const link = pasted.trim();
  if (link.length > MAX_LINK_LENGTH || link.slice(0, PREFIX.length).toLowerCase() !== PREFIX)
    return null;
  const found = new Map<string, string>();
  for (const part of link.slice(PREFIX.length).split('&')) {
    const equals = part.indexOf('=');
    if (equals < 0) return null;
    const key = part.slice(0, equals);
    if (found.has(key)) return null;
    const value = decodeStrictly(part.slice(equals + 1));
    if (value === null) return null;
    found.set(key, value);
  }
  const vault = found.get('vault');
  const file = found.get('file');
  if (!vault || !file || found.has('path')) return null;
  return isObsidianName(vault) && isObsidianName(file) ? { vault, file } : null;
}

function decodeStrictly(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
