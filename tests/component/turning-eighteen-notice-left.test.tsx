import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { peopleTurningEighteen } from '../../src/data/repositories/turning-eighteen';
import { TurningEighteenNotice } from '../../src/ui/today/TurningEighteenNotice';

vi.mock('../../src/data/repositories/turning-eighteen', () => ({ peopleTurningEighteen: vi.fn(() => new Promise(() => undefined)) }));

afterEach(() => {
  vi.useRealTimers();
});

describe("Today's adult checks notice, left at once", () => {
  it('stops its reads when Today is left before the frame that painted it', async () => {
    // The clock held: the frame that paints (and the effects run after it) never comes.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
    const page = document.createElement('div');
    // Preact's own render, not the testing library's: no act() to run that frame's effects early.
    render(<TurningEighteenNotice read />, page);
    await vi.advanceTimersByTimeAsync(1);
    const signal = vi.mocked(peopleTurningEighteen).mock.calls[0]?.[1];
    expect(signal?.aborted).toBe(false);
    render(null, page);
    expect(signal?.aborted).toBe(true);
  });
});
