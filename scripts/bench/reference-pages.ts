// Two pages that are not Waymark, measured beside it to show what its new tab cannot go below:
// - the same first screen written into the HTML, with no script at all: what the content itself
//   costs to lay out and paint;
// - the page's shell with one script that adds a line: what any page showing stored data pays,
//   since an extension page may run no inline script and must fetch one.
// Both are copies of the build (its service worker included), so only the page differs.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIRST_PAINT =
  /<main id="app" data-module="[^"]*"><script src="\/first-paint\.js"><\/script><\/main>/;
const RENDER_BLOCK = '<link rel="expect" href="#first-paint-end" blocking="render">';

function copyOf(built: string, name: string) {
  const dir = mkdtempSync(join(tmpdir(), `waymark-reference-${name}-`));
  cpSync(built, dir, { recursive: true });
  return { dir, html: readFileSync(join(dir, 'newtab.html'), 'utf8') };
}

function replaced(html: string, pattern: RegExp | string, by: string) {
  const next = html.replace(pattern, () => by);
  if (next === html) throw new Error(`newtab.html no longer has ${String(pattern)}`);
  return next;
}

/** `screen`: the inner HTML of `#app` once the page showed today's plan. */
export function staticScreenPage(built: string, screen: string): string {
  const { dir, html } = copyOf(built, 'static');
  const page = replaced(
    replaced(html, FIRST_PAINT, `<main id="app">${screen}</main>`),
    RENDER_BLOCK,
    '',
  );
  writeFileSync(join(dir, 'newtab.html'), page);
  return dir;
}

export function oneScriptPage(built: string): string {
  const { dir, html } = copyOf(built, 'one-script');
  writeFileSync(
    join(dir, 'newtab.html'),
    replaced(html, FIRST_PAINT, '<main id="app"><script src="/first-paint.js"></script></main>'),
  );
  writeFileSync(
    join(dir, 'first-paint.js'),
    "document.currentScript.replaceWith(Object.assign(document.createElement('p'), { textContent: 'New tab' }));\n",
  );
  return dir;
}
