import { Component, type ComponentType, type ErrorInfo, type ReactNode } from 'react'

export type ErrorFallbackProps = { error: unknown; reset: () => void }

type Props = {
  /** What shows instead of the children once they have thrown (a component: it may use hooks). */
  fallback: ComponentType<ErrorFallbackProps>
  /** A change of key (the address, for a screen) clears the error: moving away is a way back. */
  resetKey?: string
  children: ReactNode
}

type State = { error: unknown; failed: boolean }

/**
 * Catches what a part of the page throws while it renders, so one broken screen never blanks the
 * window: its fallback says what happened and offers a way back. React has no hook for this; a
 * class is the only way to write a boundary.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept for whoever opens the browser's console: the stack of the screen that failed.
    console.error('Coachbook: a screen failed to render', error, info.componentStack)
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.reset()
  }

  reset = (): void => {
    this.setState({ error: null, failed: false })
  }

  override render(): ReactNode {
    const Fallback = this.props.fallback
    if (this.state.failed) return <Fallback error={this.state.error} reset={this.reset} />
    return this.props.children
  }
}
