import { Component, type ComponentChildren } from 'preact';

/**
 * Catches a render error inside the widget so it becomes the friendly message, not a blank box.
 * It must re-render to count as handled: Preact otherwise passes the error on and rethrows it
 * into the host page (its window.onerror, its error tracker). The message comes after that
 * re-render, outside Preact's render of this tree.
 */
export class WidgetBoundary extends Component<{ onError: (error: unknown) => void; children?: ComponentChildren }, { failed?: boolean }> {
  override componentDidCatch(error: unknown): void {
    this.setState({ failed: true });
    setTimeout(() => this.props.onError(error));
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
