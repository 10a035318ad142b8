/**
 * Long work gives the page a turn at least this often, so a tap or a scroll is answered while a
 * backup is checked (the quality bar is no task over 200 ms).
 */
const SLICE_MS = 40;

function nextTask(): Promise<void> {
  // A message, unlike a timer, is not held back by the browser's 4 ms clamp on nested timers.
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Returns a function to call between small pieces of work: it resolves at once until the slice is
 * used up, then after the page has had its turn. Never call it inside a database transaction:
 * IndexedDB commits a transaction that is left idle for a task.
 */
export function pacer(): () => Promise<void> {
  let start = performance.now();
  return async () => {
    if (performance.now() - start < SLICE_MS) return;
    await nextTask();
    start = performance.now();
  };
}
