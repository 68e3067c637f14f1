import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto'],
    // CLI tests start processes and some parse 5 MB notes; CI machines are shared 2-core boxes.
    testTimeout: 30_000,
    include: ['tests/{unit,db,services,components,meta,cli,browser}/**/*.test.{ts,tsx}'],
  },
});
