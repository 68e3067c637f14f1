/**
 * Words for matching tabs to projects: the same normalisation on both sides so "Interpreters",
 * "interpreter" and "craftinginterpreters.com" can meet "Lox Interpreter".
 */

/** Never evidence of anything: function words and the furniture of URLs and page titles. */
const STOP_WORDS = new Set(
  (
    'a an the and or of to in on for with by at from as is are be was were been it its this that ' +
    'these those into onto your you my our we i me he she they them his her how what why when ' +
    'where who which vs via about using use get got new more all not no yes can do does did own ' +
    'just than then so if but out up down over under here there also only very will would should ' +
    'could may might must has have had us amp nbsp ' +
    'http https www com org net io dev co uk de fr app edu gov html htm php aspx jsp ' +
    'index default home page pages welcome official site web online main master src blob tree ' +
    'raw refs heads commit commits pull issues wiki readme md txt doc docs documentation ' +
    'github gitlab bitbucket codeberg youtube youtu watch video videos google search results ' +
    'en us latest stable current v pdf abs arxiv medium blog post posts article articles news ' +
    'reddit comments item id edit view share login signup account settings ' +
    'system systems'
  ).split(' '),
);

/**
 * Ordinary English words that appear in project titles ("S3 Story", "AWS Deep Dive") and in
 * unrelated news alike: they can strengthen a match but never make one on their own.
 */
const WEAK_WORDS = new Set(
  (
    'story stories deep dive build building built make making made guide guides learn learning ' +
    'part parts intro introduction tutorial tutorials course courses lesson lessons chapter book ' +
    'books review reviews update updates release live show music song game games play love food ' +
    'recipe recipes health money market price buy sale shop store delivery service services ' +
    'challenge challenges data code coding app apps engineer engineers engineering role roles ' +
    'job jobs career reliable guarantee guarantees contribution contributions stack ' +
    'world life time times day days year years people work works way ways first last good great ' +
    'big small high low simple easy fast quick free open real full complete ultimate beginner ' +
    'beginners advanced basic basics explained overview getting started best top list lists ' +
    'project projects thing things idea ideas note notes question questions answer answers ' +
    'how-to step steps example examples help start end week weeks month today news report ' +
    'weather forecast city country home house family water light power energy story ' +
    'internal internals based user users team teams tool tools set sets run running one two three'
  ).split(' '),
);

/** Spellings people use for the same thing. */
const ALIASES: Readonly<Record<string, string>> = {
  k8s: 'kubernetes',
  kube: 'kubernetes',
  golang: 'go',
  postgresql: 'postgres',
  js: 'javascript',
  ts: 'typescript',
};

/** Plural and possessive endings, so "Interpreters" meets "Interpreter". */
export function stemWord(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (/(ss|us|is|os)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** Lower-cases, drops stop words, numbers and stray letters, resolves aliases, stems. */
export function normaliseWord(raw: string): string | null {
  const word = raw.toLowerCase();
  if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return null;
  const aliased = ALIASES[word] ?? word;
  return stemWord(aliased);
}

/** Two-letter words ("ai", "ml", "vm") are in everything in their field; "s3" is not. */
export function isWeakWord(word: string): boolean {
  return WEAK_WORDS.has(word) || /^\p{L}{2}$/u.test(word);
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Runs of letters and digits; keeps case for camel splitting. `match` is the fastest way here. */
export function splitWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** `TinyGrad` -> `tiny grad`, `foreverVM` -> `forever VM`; not `GitHub`-style brand words alone. */
export function splitCamelCase(word: string): string[] {
  const parts = word.split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
  return parts.length > 1 ? parts : [];
}
