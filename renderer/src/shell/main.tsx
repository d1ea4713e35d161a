import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRuntimeProvider } from '../ui/runtime-context';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { createApp } from './boot';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const app = createApp();
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <AppRuntimeProvider app={app}>
        <App />
      </AppRuntimeProvider>
    </ErrorBoundary>
  </StrictMode>,
);
void app.boot();
