import type { Page } from 'playwright-core';

export interface ScriptTraps {
  /** Calls of `__pwned(...)`, CSP violations, dialogs and uncaught errors, in order. */
  events: string[];
}

/**
 * Arms a page against hostile content: the payloads call `__pwned(...)`, which records instead of
 * running anything; a dialog, a page error or a blocked inline script (the extension CSP's
 * `securitypolicyviolation`) is recorded too. Arm before the first navigation.
 */
export async function armScriptTraps(page: Page): Promise<ScriptTraps> {
  const traps: ScriptTraps = { events: [] };
  await page.exposeFunction('__pwned', (what: unknown) =>
    traps.events.push(`ran: ${String(what)}`),
  );
  await page.addInitScript(
    `document.addEventListener('securitypolicyviolation', (e) =>
       window.__pwned('csp ' + e.violatedDirective + ' ' + e.sample), true);`,
  );
  page.on('dialog', (dialog) => {
    traps.events.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => traps.events.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      traps.events.push(`console: ${message.text()}`);
  });
  return traps;
}

/**
 * What in the page's DOM could run or navigate to script: links whose target is not a web or
 * mail address, event-handler attributes, inline scripts, frames, plugins, style elements in the
 * body, foreign images.
 * Same-page links (`#today`) are the nav's own.
 */
export function auditDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const a of document.querySelectorAll('a[href]')) {
      const raw = a.getAttribute('href') ?? '';
      if (raw.startsWith('#')) continue;
      const protocol = (a as HTMLAnchorElement).protocol;
      if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`link ${raw}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const attribute of el.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`handler ${el.tagName} ${attribute.name}`);
        if (/^\s*(javascript|vbscript|data):/i.test(attribute.value) && attribute.name !== 'href')
          found.push(`${attribute.name}=${attribute.value.slice(0, 40)}`);
      }
    }
    for (const script of document.querySelectorAll('script')) {
      if (!script.src.startsWith(location.origin)) found.push(`script ${script.src || 'inline'}`);
    }
    for (const el of document.querySelectorAll('iframe, frame, object, embed, body style')) {
      found.push(el.tagName);
    }
    for (const img of document.querySelectorAll('img[src]')) {
      if (!(img as HTMLImageElement).src.startsWith(location.origin))
        found.push(`img ${img.getAttribute('src')}`);
    }
    return found;
  });
}
