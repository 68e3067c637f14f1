/**
 * A roadmap's title when the note names none (no front-matter title, no H1): its file name read
 * as words, so `ml-infra_plan.md` is "Ml infra plan" rather than a slug.
 */
export function titleFromSource(source: string): string {
  const words = source
    .replace(/\.(md|markdown|txt)$/i, '')
    .replace(/[-_]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words ? words.charAt(0).toLocaleUpperCase() + words.slice(1) : 'Roadmap';
}
