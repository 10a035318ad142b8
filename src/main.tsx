import { render } from 'preact';
import { App } from './ui/App';
import { startServiceWorker } from './pwa/register';
import './styles/app.css';

render(<App />, document.getElementById('app')!);

// After first paint: the service worker is not needed to show the first screen.
if ('requestIdleCallback' in window) requestIdleCallback(() => void startServiceWorker());
else setTimeout(() => void startServiceWorker(), 1000);
