/**
 * Says which functions filled each task over 150 ms (or the given ms) in a CPU profile saved by the
 * backup bench (BENCH_PROFILE with BENCH_ONLY=backup):
 * node tests/budgets/long-tasks.mjs backup-merge.cpuprofile [ms]
 * The bench adds the long tasks the page observed, in ms from the profile's start; each task's
 * samples are summed by function: its own time, and the time under each of the app's own functions.
 */
import { readFile } from 'node:fs/promises';

const [file, over = '150'] = process.argv.slice(2);
// Under 200 ms, the budget, so a task a loaded machine's noise could hide is named too.
const overMs = Number(over);
if (!file || !Number.isFinite(overMs)) {
  console.error('Usage: node tests/budgets/long-tasks.mjs <file.cpuprofile> [ms]');
  process.exit(2);
}
const profile = JSON.parse(await readFile(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
/** The app's own functions on a sample's stack, innermost first, each once. */
function ownStack(id) {
  const out = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const n = nodes.get(at);
    if (n.callFrame.url.includes('/assets/')) out.add(name(n));
  }
  return out;
}
const name = (n) => {
  const { functionName, url, lineNumber } = n.callFrame;
  const where = url ? ` ${url.split('/').pop()}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where}`;
};

// Each sample's time in ms from the profile's start.
const times = [];
let t = 0;
for (const delta of profile.timeDeltas) times.push((t += delta) / 1000);

const tasks = (profile.longTasks ?? []).filter((task) => task.duration > overMs);
console.log(`${file}: ${tasks.length} tasks over ${overMs} ms`);
for (const task of tasks) {
  const self = new Map();
  const under = new Map();
  let sampled = 0;
  profile.samples.forEach((id, i) => {
    if (times[i] < task.start || times[i] > task.start + task.duration) return;
    const ms = (times[i + 1] ?? times[i]) - times[i];
    const label = name(nodes.get(id));
    self.set(label, (self.get(label) ?? 0) + ms);
    for (const own of ownStack(id)) under.set(own, (under.get(own) ?? 0) + ms);
    sampled += ms;
  });
  console.log(`\ntask at ${(task.start / 1000).toFixed(1)} s, ${Math.round(task.duration)} ms (${Math.round(sampled)} ms sampled):`);
  for (const [label, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(Math.round(ms)).padStart(5)} ms  ${label}`);
  console.log('  under the app\'s own functions:');
  for (const [label, ms] of [...under].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${String(Math.round(ms)).padStart(5)} ms  ${label}`);
}
