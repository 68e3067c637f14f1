/** Lower case, punctuation as spaces, collapsed whitespace: so `Build-Git` and `build git` match. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{P}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
