/**
 * Counts the work string handling does while `run` runs, without a clock: every call of a string
 * built-in adds the length of the string it reads, a per-character read (`charCodeAt`, a loop's
 * step) adds 1, and parsing a URL or decoding adds its input's length. Code that goes over its
 * input a fixed number of times counts a fixed multiple of the length; a loop that calls a
 * built-in on the whole input at every step counts its square.
 *
 * Regular expressions cannot be counted this way (one call, any amount of backtracking): code
 * measured with this should have none, which its tests check.
 */
const PER_CHARACTER = ['at', 'charAt', 'charCodeAt', 'codePointAt'] as const;
const WHOLE_STRING = [
  'endsWith',
  'includes',
  'indexOf',
  'lastIndexOf',
  'localeCompare',
  'match',
  'matchAll',
  'normalize',
  'padEnd',
  'padStart',
  'replace',
  'replaceAll',
  'search',
  'slice',
  'split',
  'startsWith',
  'substring',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'trimEnd',
  'trimStart',
] as const;

type StringMethod = (typeof PER_CHARACTER)[number] | (typeof WHOLE_STRING)[number];

export function countStringWork<T>(run: () => T): { result: T; work: number } {
  let work = 0;
  const proto = String.prototype as unknown as Record<
    StringMethod,
    (...args: unknown[]) => unknown
  >;
  const saved = new Map<StringMethod, (...args: unknown[]) => unknown>();
  const wrap = (name: StringMethod, cost: (self: string) => number) => {
    const original = proto[name];
    saved.set(name, original);
    proto[name] = function (this: string, ...args: unknown[]) {
      work += cost(this);
      return Reflect.apply(original, this, args);
    };
  };
  for (const name of PER_CHARACTER) wrap(name, () => 1);
  for (const name of WHOLE_STRING) wrap(name, (self) => self.length);

  const { URL: OriginalUrl, decodeURIComponent: originalDecode } = globalThis;
  globalThis.URL = class extends OriginalUrl {
    constructor(url: string | URL, base?: string | URL) {
      work += String(url).length;
      super(url, base);
    }
  };
  globalThis.decodeURIComponent = (text: string) => {
    work += text.length;
    return originalDecode(text);
  };
  try {
    return { result: run(), work };
  } finally {
    for (const [name, original] of saved) proto[name] = original;
    globalThis.URL = OriginalUrl;
    globalThis.decodeURIComponent = originalDecode;
  }
}
