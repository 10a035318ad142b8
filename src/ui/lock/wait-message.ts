/** "Wait 8 seconds before trying again", rounded up so the wait never reads as 0 seconds. */
export function waitMessage(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  return `Wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again`;
}
