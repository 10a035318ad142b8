// Lighthouse CI for the design's first-load bar on a mid-range tablet: performance ≥ 0.95,
// accessibility 1, best practices 1. Run with `npm run lighthouse` (it builds first); not part of `npm test`.
const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
].join(' ');

const origin = 'http://localhost:4174';

module.exports = {
  ci: {
    collect: {
      chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      startServerCommand: 'npx vite preview --port 4174 --strictPort',
      startServerReadyPattern: 'Local',
      // "/" sends a new user to "/who" first, so both measure a true first visit.
      url: [`${origin}/who`, `${origin}/`],
      numberOfRuns: 3,
      settings: {
        chromeFlags,
        formFactor: 'mobile',
        // A 10.2-inch tablet held upright.
        screenEmulation: { mobile: true, width: 810, height: 1080, deviceScaleFactor: 2, disabled: false },
        throttlingMethod: 'simulate',
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
