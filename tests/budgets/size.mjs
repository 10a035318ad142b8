// Initial-JS budget: the design allows at most 70 kB of gzipped JavaScript before the first screen.
// "70 kB" is taken strictly as 70,000 bytes. Run after `vite build` (the e2e global setup builds).
import { readFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 70_000;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'dist');
const manifestPath = resolve(dist, '.vite/manifest.json');

if (!existsSync(manifestPath)) {
  console.error('No dist/.vite/manifest.json: run `npm run build` first.');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = 'index.html';
if (!manifest[entryKey]?.isEntry) {
  console.error('The build manifest has no index.html entry.');
  process.exit(1);
}

const gzipped = (file) => gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The entry plus everything it imports statically: what the browser must fetch before first paint. */
function initialChunks(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) initialChunks(imported, seen);
  return seen;
}

const initialKeys = initialChunks(entryKey);
const initial = [...initialKeys]
  .map((key) => manifest[key].file)
  .filter((file) => file.endsWith('.js'))
  .map((file) => ({ file, bytes: gzipped(file) }));
const total = initial.reduce((sum, chunk) => sum + chunk.bytes, 0);

const width = Math.max(...Object.values(manifest).map((chunk) => chunk.file.length), 20);
const row = (name, bytes) => `  ${name.padEnd(width)}  ${kB(bytes).padStart(9)}`;

console.log('Initial JS (gzip -9)');
for (const chunk of initial) console.log(row(chunk.file, chunk.bytes));
console.log(row('total', total));
console.log(row('budget', BUDGET_BYTES));

// Lazy chunks (routes and anything loaded later): reported, not budgeted, so growth is visible.
const lazy = Object.entries(manifest)
  .filter(([key, chunk]) => !initialKeys.has(key) && chunk.file.endsWith('.js'))
  .map(([key, chunk]) => ({ name: chunk.name ?? key, file: chunk.file, bytes: gzipped(chunk.file) }))
  .sort((a, b) => b.bytes - a.bytes);
if (lazy.length) {
  console.log('\nLazy chunks (gzip -9)');
  for (const chunk of lazy) console.log(row(chunk.file, chunk.bytes));
}

if (total > BUDGET_BYTES) {
  console.error(`\nInitial JS is ${total} bytes gzipped, over the ${BUDGET_BYTES}-byte budget by ${total - BUDGET_BYTES}.`);
  process.exit(1);
}
console.log(`\nInitial JS ${total} bytes gzipped: within the ${BUDGET_BYTES}-byte budget.`);
