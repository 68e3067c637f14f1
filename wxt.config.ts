import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Permissions are listed in the README with the reason for each; tests/meta keeps the two in step.
export const PERMISSIONS = ['contextMenus', 'tabs', 'storage', 'alarms', 'tabGroups'];

/**
 * The new-tab page's first frame holds today's plan, and no module is fetched before it:
 * - its small stylesheet is inlined (no request holds a paint back);
 * - the one script the page names is a classic one inside `#app` (entrypoints/first-paint.ts,
 *   2 KB): it rebuilds the plan stored by the last page, then starts the page's module, whose
 *   file it reads from `data-module` (each request the parser makes costs the main thread);
 * - an empty template after it, awaited by `<link rel="expect" blocking="render">`, keeps the
 *   browser from rendering a frame before that script has run (Chromium; others just paint).
 */
function fastNewtabHtml(): Plugin {
  return {
    name: 'waymark:fast-newtab-html',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!html.includes('class="app-nav"')) return html;
        const module = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html);
        if (!module) throw new Error('the new-tab page has no module script');
        let fast = html
          .replace(module[0], '')
          .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
          .replace(
            '</head>',
            '<link rel="expect" href="#first-paint-end" blocking="render"></head>',
          )
          .replace(
            '<main id="app"></main>',
            `<main id="app" data-module="${module[1]}"><script src="/first-paint.js"></script></main>` +
              '<template id="first-paint-end"></template>',
          );
        for (const file of Object.values(context.bundle ?? {})) {
          const link = `<link rel="stylesheet" crossorigin href="/${file.fileName}">`;
          if (file.type === 'asset' && fast.includes(link)) {
            // The file stays: lazily loaded chunks list it among their dependencies.
            fast = fast.replace(link, `<style>${String(file.source)}</style>`);
          }
        }
        return fast;
      },
    },
  };
}

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact(), fastNewtabHtml()] }),
  manifest: ({ browser }) => ({
    name: 'Waymark',
    description: 'Turn your markdown learning roadmap into a spaced-review study plan.',
    permissions: browser === 'firefox' ? PERMISSIONS.filter((p) => p !== 'tabGroups') : PERMISSIONS,
    action: { default_title: 'Waymark' },
    commands: {
      'attach-current-tab': {
        suggested_key: { default: 'Alt+Shift+A' },
        description:
          'Attach the current tab to its suggested Waymark project (again within 10 s: undo)',
      },
    },
    // Firefox keeps `storage.sync` (and all stored data) under the add-on id: it must never change.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'waymark@waymark.app',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    exclude: ['**/*.map'],
    // The sources zip holds what the store build is made from and BUILD.md, which tells a reviewer
    // how to rebuild it; nothing else in the folder (tests, notes, screenshots) goes in.
    excludeSources: ['**'],
    includeSources: [
      '{assets,components,entrypoints,lib,public}/**',
      'BUILD.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      '!**/*.test.*',
    ],
  },
});
