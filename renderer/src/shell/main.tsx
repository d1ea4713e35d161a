import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { uiPreferences } from '../runtime/ui-preferences';
import { I18nProvider, type LanguageMemory } from '../ui/i18n/I18nProvider';
import { isLanguageChoice } from '../ui/i18n/languages';
import { AppRuntimeProvider } from '../ui/runtime-context';
import { App } from './App';
import { ErrorBoundary } from './ErrorBoundary';
import { createApp } from './boot';
import './styles.css';
import { RefusalWords } from './RefusalWords';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const app = createApp();
// The interface language is a choice of this laptop (not of the workspace): kept beside the tour's.
const stored = uiPreferences.read('language');
const language: LanguageMemory = {
  initial: isLanguageChoice(stored) ? stored : 'system',
  remember: (choice) => uiPreferences.write('language', choice),
};
createRoot(container).render(
  <StrictMode>
    <ErrorBoundary>
      <I18nProvider memory={language}>
        <RefusalWords />
        <AppRuntimeProvider app={app}>
          <App />
        </AppRuntimeProvider>
      </I18nProvider>
    </ErrorBoundary>
  </StrictMode>,
);
void app.boot();
