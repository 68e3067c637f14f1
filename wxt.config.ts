import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';

// Permissions are listed in the README with the reason for each; tests/meta keeps the two in step.
export const PERMISSIONS = ['contextMenus', 'tabs', 'storage', 'alarms', 'tabGroups'];

/**
 * The new-tab page paints before its script runs: the script is loaded `async` (neither the
 * first paint nor DOMContentLoaded waits for it) and its small stylesheet is inlined (no request
 * blocks the first paint). The script then paints today's plan as soon as it runs.
 */
function fastNewtabHtml(): Plugin {
  return {
    name: 'waymark:fast-newtab-html',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!html.includes('class="app-nav"')) return html;
        let fast = html.replace(
          '<script type="module" crossorigin',
          '<script type="module" async crossorigin',
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
