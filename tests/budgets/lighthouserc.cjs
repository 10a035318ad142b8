// Lighthouse CI for the design's first-load bar on a mid-range tablet: performance ≥ 0.95,
// accessibility 1, best practices 1. Run with `npm run lighthouse` (it builds first); not part of `npm test`.
// A worker is signed in and a few households are on the device before each load
// (lighthouse-signed-in.cjs), so Today, a household record and the library are audited as they are
// used, on a repeat visit: storage is kept between the script and the audit.
// With a puppeteerScript, lhci launches the browser through puppeteer, with these arguments.
const chromeArgs = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const origin = 'http://localhost:4174';

module.exports = {
  ci: {
    collect: {
      chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      startServerCommand: 'npx vite preview --port 4174 --strictPort',
      startServerReadyPattern: 'Local',
      url: [`${origin}/`, `${origin}/households/bench-3`, `${origin}/library`, `${origin}/library/emergency`],
      puppeteerScript: 'tests/budgets/lighthouse-signed-in.cjs',
      puppeteerLaunchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: chromeArgs },
      numberOfRuns: 3,
      settings: {
        formFactor: 'mobile',
        // A 10.2-inch tablet held upright.
        screenEmulation: { mobile: true, width: 810, height: 1080, deviceScaleFactor: 2, disabled: false },
        throttlingMethod: 'simulate',
        // Clearing storage would sign the worker out and remove the households the script added.
        disableStorageReset: true,
      },
    },
    assert: {
      aggregationMethod: 'median-run',
      assertions: {
        'categories:performance': ['error', { minScore: 0.95, aggregationMethod: 'median-run' }],
        'categories:accessibility': ['error', { minScore: 1, aggregationMethod: 'median-run' }],
        'categories:best-practices': ['error', { minScore: 1, aggregationMethod: 'median-run' }],
      },
    },
    upload: {
      target: 'filesystem',
      outputDir: '.lighthouseci/reports',
    },
  },
};
