import { Component, ErrorInfo, ReactNode } from 'react';

type ErrorBoundaryProps = { fallback: (error: Error, retry: () => void) => ReactNode; children: ReactNode };
type ErrorBoundaryState = { error: Error | null };

/** A crash in one part of the page shows a message with a retry instead of a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): ErrorBoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Kompas could not draw this part of the page', error, info.componentStack);
  }

  retry = () => this.setState({ error: null });

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, this.retry);
    return this.props.children;
  }
}
