import { Component, type ReactNode } from 'react';
import { useT } from './use-t';

interface Props {
  readonly children: ReactNode;
}
interface State {
  readonly error: Error | null;
}

function ErrorText({ message }: { readonly message: string }) {
  const t = useT();
  return (
    <div className="panel-error" role="alert">
      {t('appError', { message })}
    </div>
  );
}

/** Keeps one failing panel from blanking the whole app. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return <ErrorText message={this.state.error.message} />;
    }
    return this.props.children;
  }
}
