import '../helpers/cleanup'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TOAST_MS, ToastProvider, useToast } from '../../../../renderer/src/components/Toast'

function Trigger({ message, tone }: { message: string; tone?: 'success' | 'error' }) {
  const toast = useToast()
  return (
    <button type="button" onClick={() => toast.show(message, tone)}>
      Show
    </button>
  )
}

afterEach(() => {
  vi.useRealTimers()
})

describe('toasts', () => {
  it('announces a confirmation politely and lets it go after a while', () => {
    vi.useFakeTimers()
    render(
      <ToastProvider>
        <Trigger message="Added Dana Ortiz" />
      </ToastProvider>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Show' }))
    expect(screen.getByRole('status').textContent).toContain('Added Dana Ortiz')

    act(() => {
      vi.advanceTimersByTime(TOAST_MS + 1)
    })
    expect(screen.getByRole('status').textContent).not.toContain('Added Dana Ortiz')
  })

  it('announces an error assertively and keeps it until dismissed', () => {
    vi.useFakeTimers()
    render(
      <ToastProvider>
        <Trigger message="Could not archive" tone="error" />
      </ToastProvider>,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Show' }))
    const alert = screen.getByRole('alert')
    expect(alert.textContent).toContain('Could not archive')
    act(() => {
      vi.advanceTimersByTime(TOAST_MS * 10)
    })
    expect(alert.textContent).toContain('Could not archive')
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss message' }))
    expect(alert.textContent).toBe('')
  })

  it('needs a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => render(<Trigger message="x" />)).toThrow(/ToastProvider/)
  })
})
