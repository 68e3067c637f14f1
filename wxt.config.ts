import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are listed in the README with the reason for each; tests/meta keeps the two in step.
export const PERMISSIONS = ['contextMenus', 'tabs', 'storage', 'alarms', 'tabGroups'];

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'waymark@waymark.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['.output/**', 'node_modules/**', 'test-results/**', 'screenshots/**'] },
});
