import '../helpers/cleanup'
import { fireEvent, render, screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { QueryGate, type GatedQuery } from '../../../../renderer/src/components/QueryGate'

const query = (state: Partial<GatedQuery<string[]>>): GatedQuery<string[]> => ({
  isPending: false,
  isError: false,
  isFetching: false,
  error: null,
  data: undefined,
  refetch: () => undefined,
  ...state,
})

function Gate({ state }: { state: GatedQuery<string[]> }) {
  return (
    <QueryGate query={state} loading="Loading reminders…" failed="Reminders could not be loaded">
      {(items) => <p>{items.length} due</p>}
    </QueryGate>
  )
}

describe('QueryGate', () => {
  it('says what is loading until the first answer', () => {
    render(<Gate state={query({ isPending: true })} />)
    expect(screen.getByRole('status').textContent).toContain('Loading reminders…')
    expect(screen.queryByText(/due/)).toBeNull()
  })

  it('names what failed with the core’s words, and tries again on request', () => {
    const refetch = vi.fn()
    const { rerender } = render(<Gate state={query({ isError: true, error: new Error('The journal is locked'), refetch })} />)
    const alert = screen.getByRole('alert', { name: 'Reminders could not be loaded' })
    expect(alert.textContent).toContain('The journal is locked')
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(refetch).toHaveBeenCalledTimes(1)
    rerender(<Gate state={query({ isError: true, isFetching: true, error: new Error('The journal is locked'), refetch })} />)
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeTruthy()
  })

  it('shows the content with the data once it is in', () => {
    render(<Gate state={query({ data: ['a', 'b'] })} />)
    expect(screen.getByText('2 due')).toBeTruthy()
    expect(screen.queryByRole('status')).toBeNull()
  })
})
