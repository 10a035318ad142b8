import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { lazyPart } from '../../src/ui/components/LazyPart';

const Greeting = ({ who }: { who: string }) => <p>Support for {who}</p>;

describe('a part of a page fetched in its own chunk', () => {
  it('shows once its code arrives, and on the next visit in the page’s first frame', async () => {
    let fetches = 0;
    const Part = lazyPart(async () => {
      fetches++;
      return { default: Greeting };
    }, 'The greeting');
    const first = render(<Part who="approved carers" />);
    expect(screen.queryByText('Support for approved carers')).toBeNull();
    expect(await screen.findByText('Support for approved carers')).toBeTruthy();
    first.unmount();

    render(<Part who="approved carers" />);
    // Drawn with the page, not a frame later: no wait, and the code is not fetched again.
    expect(screen.getByText('Support for approved carers')).toBeTruthy();
    expect(fetches).toBe(1);
  });

  it('says plainly when its code cannot be fetched', async () => {
    const Part = lazyPart<{ who: string }>(() => Promise.reject(new TypeError('Failed to fetch')), 'The greeting');
    render(<Part who="approved carers" />);
    expect(await screen.findByText('The greeting could not be loaded. Reload the page to try again.')).toBeTruthy();
  });
});
