import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { boot, installFlushOnClose } from './boot';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

installFlushOnClose();
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
void boot();
