import { Component, type ComponentChildren } from 'preact';
import { ErrorNotice } from './ErrorNotice';

interface ErrorBoundaryProps {
  readonly lang?: string;
  readonly children?: ComponentChildren;
}

/** Shows ErrorNotice instead of a blank area if anything below fails to render. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error?: string }> {
  override componentDidCatch(error: unknown): void {
    console.error('stages-quiz:', error);
    this.setState({ error: error instanceof Error ? error.message : String(error) });
  }

  override render() {
    if (this.state.error !== undefined) {
      return <ErrorNotice problems={[{ path: '', message: `The quiz stopped unexpectedly: ${this.state.error}` }]} lang={this.props.lang} />;
    }
    return this.props.children;
  }
}
