/**
 * Notes built to make a parser's regular expressions backtrack: the inputs issue #12 reported,
 * and a long run of each character some pattern repeats, placed in every construct the importer
 * reads. Built on demand: together they are tens of megabytes.
 */
export const HOSTILE_NOTES: ReadonlyArray<readonly [name: string, build: () => string]> = [
  ['200,000 spaces after the front matter title', () => frontMatterTitle(' '.repeat(200_000))],
  ['60,000 spaces after the front matter title', () => frontMatterTitle(' '.repeat(60_000))],
  ['25,000 `<input ` fragments in a table cell', () => tableCell('<input '.repeat(25_000))],
  ['a 20 MB cell of `<input ` fragments', () => tableCell('<input '.repeat(2_850_000))],
  ['a 20 MB list item of spaces and brackets', () => `- Item${' ('.repeat(10_000_000)}1h)`],
  ...[...' \t\n#-()<>[]`*_~&%/.:|="\'0\\!x\u00a0'].map(
    (character) =>
      [
        `runs of ${describe(character)} in every construct`,
        () => everyConstruct(character),
      ] as const,
  ),
];

function frontMatterTitle(run: string): string {
  return `---\ntitle: Plan${run}.\ntags: [a]\n---\n- Build Git\n`;
}

function tableCell(content: string): string {
  return `| Project |\n| --- |\n| Build Git ${content}|\n`;
}

/** Far longer than the backtracking the test allows at one position, so a quadratic step shows. */
const RUN = 20_000;
/** Front matter over 64 KB is not read at all, so its runs are shorter. */
const FRONT_MATTER_RUN = 10_000;

function describe(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${JSON.stringify(character)}`;
}

function everyConstruct(character: string): string {
  const run = character.repeat(RUN);
  const short = character.repeat(FRONT_MATTER_RUN);
  return [
    '---',
    `title: T${short}x`,
    `tags: [a${short}b]`,
    '---',
    `# Heading ${run}x`,
    `- Item ${run}x (2${run}h)`,
    `- [link ${run}](https://e.org/${run}) <a href="${run}">a</a> <input type="checkbox" ${run}>`,
    '',
    '| Objective | Project | Effort |',
    '| --- | --- | --- |',
    `| O${run} | <input ${run}checkbox ${run}> P${run} (1${run}h) | 2${run}h |`,
    '',
  ].join('\n');
}
