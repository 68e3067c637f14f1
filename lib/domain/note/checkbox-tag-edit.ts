import { readHtmlTag } from '../roadmap/read-html-tag';
import type { TextEdit } from './text-edit';

interface AttributeSpan {
  name: string;
  /** Where the attribute starts, and where the whitespace before it starts. */
  start: number;
  spaceStart: number;
  end: number;
}

const SPACE = /\s/;

/** The attributes of the tag `<input …>` at `from`..`to`, with where each sits in the text. */
function attributeSpans(text: string, from: number, to: number): AttributeSpan[] {
  const spans: AttributeSpan[] = [];
  let at = from + '<input'.length;
  while (at < to) {
    const spaceStart = at;
    while (at < to && SPACE.test(text[at] ?? '')) at++;
    const start = at;
    while (at < to && !/[\s"'>/=]/.test(text[at] ?? '')) at++;
    if (at === start) {
      at++;
      continue;
    }
    const name = text.slice(start, at).toLowerCase();
    let valueAt = at;
    while (valueAt < to && SPACE.test(text[valueAt] ?? '')) valueAt++;
    if (text[valueAt] === '=') {
      valueAt++;
      while (valueAt < to && SPACE.test(text[valueAt] ?? '')) valueAt++;
      const quote = text[valueAt];
      if (quote === '"' || quote === "'") {
        const close = text.indexOf(quote, valueAt + 1);
        valueAt = close < 0 || close > to ? to : close + 1;
      } else {
        while (valueAt < to && !/[\s>]/.test(text[valueAt] ?? '')) valueAt++;
      }
      at = valueAt;
    }
    spans.push({ name, start, spaceStart, end: at });
  }
  return spans;
}

/** The first `<input type="checkbox" …>` between `from` and `to`, as offsets of `<` and after `>`. */
export function findCheckboxTag(
  text: string,
  from: number,
  to: number,
): { start: number; end: number } | null {
  // Searched within the line only, so many projects never rescan the rest of the note.
  const line = text.slice(from, to);
  const input = /<input/gi;
  for (let match = input.exec(line); match; match = input.exec(line)) {
    const at = match.index;
    if (line[at - 1] === '\\') continue;
    const close = line.indexOf('>', at);
    if (close < 0) return null;
    const tag = readHtmlTag(line.slice(at, close + 1));
    if (tag?.name === 'input' && tag.attributes.get('type')?.toLowerCase() === 'checkbox') {
      return { start: from + at, end: from + close + 1 };
    }
    // An `<input` before that `>` is inside this tag's text: each character is read once.
    input.lastIndex = close + 1;
  }
  return null;
}

/**
 * The edits that tick or untick a checkbox tag: ticking writes ` checked` right after the `type`
 * attribute (where Obsidian's checkbox tables write it) or turns an `unchecked` into `checked`;
 * unticking removes every `checked` attribute with the space before it.
 */
export function checkboxTagEdits(
  text: string,
  tag: { start: number; end: number },
  done: boolean,
): TextEdit[] {
  const attributes = attributeSpans(text, tag.start, tag.end - 1);
  if (!done) {
    return attributes
      .filter((attribute) => attribute.name === 'checked')
      .map((attribute) => ({
        from: attribute.start - (attribute.start > attribute.spaceStart ? 1 : 0),
        to: attribute.end,
        insert: '',
      }));
  }
  if (attributes.some((attribute) => attribute.name === 'checked')) return [];
  const unchecked = attributes.find((attribute) => attribute.name === 'unchecked');
  if (unchecked && unchecked.end === unchecked.start + 'unchecked'.length) {
    return [{ from: unchecked.start, to: unchecked.start + 2, insert: '' }];
  }
  const type = attributes.find((attribute) => attribute.name === 'type');
  const at = type?.end ?? tag.start + '<input'.length;
  return [{ from: at, to: at, insert: ' checked' }];
}
