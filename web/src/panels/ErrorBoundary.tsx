import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/messages';
import { useAppStore } from '../store/app-store';

interface Props {
  readonly children: ReactNode;
}
interface State {
  readonly error: Error | null;
}

/** Keeps one failing panel from blanking the whole app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <div className="panel-error" role="alert">
          {translate(useAppStore.getState().lang, 'appError', { message: this.state.error.message })}
        </div>
      );
    }
    return this.props.children;
  }
}
