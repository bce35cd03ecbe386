import '../../helpers/cleanup'
import { QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { CallSummary } from '../../../../../shared/entities'
import { fail, ok, type Result } from '../../../../../shared/result'
import { ApiProvider } from '../../../../../renderer/src/api/ApiProvider'
import { createQueryClient } from '../../../../../renderer/src/app/queryClient'
import { CALL_ROW_PX } from '../../../../../renderer/src/features/calls/listGeometry'
import { VirtualCallsTable } from '../../../../../renderer/src/features/calls/VirtualCallsTable'
import { fakeJournal } from '../../helpers/fakeJournal'

const TOTAL = 100_000

/** The body's height as its rows set it (happy-dom lays nothing out): spacers, calls and placeholders. */
function bodyHeight(table: HTMLElement): number {
  return [...table.querySelectorAll<HTMLElement>('tbody tr')].reduce((sum, row) => sum + Number.parseFloat(row.style.height || 'NaN'), 0)
}

function callNumber(index: number): CallSummary {
  return {
    id: `c${index}`, repId: 'r1', date: '2026-11-02', time: null, account: `Account ${index}`, opportunity: null, dealValue: null,
    stage: null, stakes: null, cancelled: false, repName: 'Dana Ortiz', plannedRole: null, actualRole: null, outcome: null, effectiveStakes: 'sidewalk',
  }
}

describe('the virtualized calls list', () => {
  it('draws a row whose page has not come as a placeholder in its place, the table busy until the calls are in', async () => {
    const journal = fakeJournal()
    const asked: { offset: number; limit: number }[] = []
    const answers: (() => void)[] = []
    journal.override('calls.list', (input) => {
      const { offset, limit } = input as { offset: number; limit: number }
      asked.push({ offset, limit })
      const items = Array.from({ length: limit }, (_, k) => callNumber(offset + k))
      return new Promise<Result<unknown>>((resolve) => answers.push(() => resolve(ok({ items, total: TOTAL }))))
    })
    render(
      <ApiProvider api={journal.api}>
        <QueryClientProvider client={createQueryClient()}>
          <VirtualCallsTable filter={{ sort: 'date', direction: 'desc' }} total={TOTAL} currency="USD" caption="Calls, newest first" />
        </QueryClientProvider>
      </ApiProvider>,
    )
    const table = screen.getByRole('table', { name: 'Calls, newest first' })
    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1))
    expect(table.getAttribute('aria-busy')).toBe('true')
    const placeholders = table.querySelectorAll('tbody tr[data-placeholder]')
    expect(placeholders.length).toBeGreaterThan(0)
    expect([...placeholders].map((row) => row.getAttribute('aria-rowindex')).slice(0, 2)).toEqual(['2', '3'])
    expect((placeholders[0] as HTMLElement).style.height).toBe(`${CALL_ROW_PX}px`)
    // The body is every call's row tall while the rows are placeholders…
    expect(bodyHeight(table)).toBe(TOTAL * CALL_ROW_PX)
    // One request per page in view, by the page's own offset.
    await waitFor(() => expect(asked).toEqual([{ offset: 0, limit: 100 }]))

    for (const answer of answers) answer()
    const first = await within(table).findByRole('link', { name: 'Account 0' })
    expect(first.closest('tr')?.getAttribute('aria-rowindex')).toBe('2')
    expect(table.querySelectorAll('tbody tr[data-placeholder]')).toHaveLength(0)
    expect(table.getAttribute('aria-busy')).toBe('false')
    // …and once the calls are in: a row's height is set, never measured.
    expect(bodyHeight(table)).toBe(TOTAL * CALL_ROW_PX)
  })

  it('says when a page could not be loaded, stops being busy, and reads it again on request', async () => {
    const journal = fakeJournal()
    let failing = true
    journal.override('calls.list', (input) => {
      const { offset, limit } = input as { offset: number; limit: number }
      if (failing) return fail('IO_FAILURE', 'The journal could not be read')
      return ok({ items: Array.from({ length: limit }, (_, k) => callNumber(offset + k)), total: TOTAL })
    })
    render(
      <ApiProvider api={journal.api}>
        <QueryClientProvider client={createQueryClient()}>
          <VirtualCallsTable filter={{ sort: 'date', direction: 'desc' }} total={TOTAL} currency="USD" caption="Calls, newest first" />
        </QueryClientProvider>
      </ApiProvider>,
    )
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The journal could not be read')
    expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('false')
    failing = false
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('link', { name: 'Account 0' })).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})
