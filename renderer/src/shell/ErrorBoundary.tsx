import { Component, type ErrorInfo, type ReactNode } from 'react';
import { MESSAGES, type MessageId } from '../ui/i18n/messages';

/**
 * The last line against a blank window: a render error shows what happened and how to go on.
 * The workspace's data is in local storage, untouched by a rendering failure.
 */
interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Tandem could not display the workspace', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    // This boundary sits above the language provider (so it catches its errors too): it reads the
    // language the provider last set on the page.
    const messages = document.documentElement.lang.startsWith('he') ? MESSAGES.he : MESSAGES.en;
    const t = (id: MessageId) => messages[id];
    return (
      <main className="panel" role="alert">
        <h1>{t('error.title')}</h1>
        <p dir="auto">{this.state.error.message}</p>
        <p>{t('error.safe')}</p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </main>
    );
  }
}
