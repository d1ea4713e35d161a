import { Component, type ErrorInfo, type ReactNode } from 'react';

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
    return (
      <main className="panel" role="alert">
        <h1>Tandem could not display this screen</h1>
        <p>{this.state.error.message}</p>
        <p>Your workspace is stored on this device and was not changed. Reload to try again.</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </main>
    );
  }
}
