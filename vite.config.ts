import { availableParallelism } from 'node:os';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import pkg from './package.json' with { type: 'json' };
import { devWithoutCsp } from './build/dev-csp.ts';
import { libraryInfo } from './build/library-info.ts';

const THEME = '#1d4f76';
// Shown in Settings. A build stamp makes two builds differ, as the update test needs.
const APP_VERSION = process.env.VITE_BUILD_STAMP ? `${pkg.version} (${process.env.VITE_BUILD_STAMP})` : pkg.version;

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(APP_VERSION) },
  plugins: [
    devWithoutCsp(),
    libraryInfo(),
    preact(),
    VitePWA({
      // Prompt mode from the first release: a new version waits until the user says so.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Fostering: recruitment and support',
        short_name: 'Fostering',
        description: 'Follow foster carer households from first enquiry to approval, and give carers their support library, on or offline.',
        id: '/',
        lang: 'en-GB',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        categories: ['productivity', 'business'],
        theme_color: THEME,
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Shown by the browser's install dialog; fetched online then, so not precached (see globIgnores).
        screenshots: [
          {
            src: '/screenshots/pipeline.png',
            sizes: '1024x768',
            type: 'image/png',
            form_factor: 'wide',
            label: 'The pipeline board: households at each stage, with timescales at risk',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        // The README's screenshots are not part of the app.
        globIgnores: ['screenshots/**'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: { manifest: true, target: 'es2022' },
  test: {
    // Every core for the unit and component tests, at least two (the default leaves one idle, which
    // on a two-core machine halves them); the end-to-end files still run one at a time, after them.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        // Property tests generate hundreds of cases each; a busy two-core machine can take seconds over them.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', testTimeout: 20_000 },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.{ts,tsx}', 'tests/data/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
          // A file's own jsdom and module graph took three quarters of this project's time; files
          // share a worker's jsdom instead, and the setup gives each file fresh app modules.
          isolate: false,
          // Whole pages render in jsdom; on a shared two-core machine that can take seconds. Speed is measured by the bench.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
