import { usePageTitle } from './PageTitle';

export function NotFound() {
  usePageTitle('Page not found');
  return (
    <div>
      <h1>Page not found</h1>
      <p>
        Check the address, or go to <a href="/">Today</a>.
      </p>
    </div>
  );
}
