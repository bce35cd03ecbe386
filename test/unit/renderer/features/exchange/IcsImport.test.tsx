import '../../helpers/cleanup'
import { QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { IcsImportPreview } from '../../../../../shared/exchange'
import { ok, type Result } from '../../../../../shared/result'
import { ApiProvider } from '../../../../../renderer/src/api/ApiProvider'
import { createQueryClient } from '../../../../../renderer/src/app/queryClient'
import { ToastProvider } from '../../../../../renderer/src/components/Toast'
import { IcsImport } from '../../../../../renderer/src/features/exchange/IcsImport'
import { fakeJournal } from '../../helpers/fakeJournal'

const FILE = { name: 'calendar.ics', size: 10, text: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', kind: 'ics' as const }
const suggested: IcsImportPreview = { from: '2026-11-06', to: '2027-01-05', events: [], truncated: false }

describe('calendar import', () => {
  it('keeps days typed while the file was still being read', async () => {
    const journal = fakeJournal()
    let answer: (result: Result<unknown>) => void = () => undefined
    const previews: unknown[] = []
    journal.override('imports.icsPreview', (input) => {
      previews.push(input)
      // The first reading of the file answers only once the days have been typed.
      if (previews.length === 1) return new Promise((resolve) => (answer = resolve))
      return ok({ ...suggested, ...(input as object) })
    })
    render(
      <ApiProvider api={journal.api}>
        <QueryClientProvider client={createQueryClient()}>
          <ToastProvider>
            <IcsImport file={FILE} onRestart={() => undefined} />
          </ToastProvider>
        </QueryClientProvider>
      </ApiProvider>,
    )
    await waitFor(() => expect(previews).toHaveLength(1))
    const from = screen.getByLabelText<HTMLInputElement>('From')
    const to = screen.getByLabelText<HTMLInputElement>('To')
    fireEvent.change(from, { target: { value: '2026-10-01' } })
    fireEvent.change(to, { target: { value: '2026-12-31' } })
    answer(ok(suggested))
    // The late answer lands (its events show as "none in this window")…
    await screen.findByText(/no meetings/i)
    // …and the typed days are still there…
    expect([from.value, to.value]).toEqual(['2026-10-01', '2026-12-31'])
    // …and are the window asked for (submitted as the button would; happy-dom does not submit on click).
    const form = screen.getByRole('button', { name: 'Show meetings' }).closest('form')
    if (!form) throw new Error('Show meetings is not in a form')
    fireEvent.submit(form)
    await waitFor(() => expect(previews.at(-1)).toMatchObject({ from: '2026-10-01', to: '2026-12-31' }))
  })

  it('shows the window the file suggests when nothing was typed', async () => {
    const journal = fakeJournal()
    journal.override('imports.icsPreview', () => ok(suggested))
    render(
      <ApiProvider api={journal.api}>
        <QueryClientProvider client={createQueryClient()}>
          <ToastProvider>
            <IcsImport file={FILE} onRestart={() => undefined} />
          </ToastProvider>
        </QueryClientProvider>
      </ApiProvider>,
    )
    await waitFor(() => expect(screen.getByLabelText<HTMLInputElement>('From').value).toBe('2026-11-06'))
    expect(screen.getByLabelText<HTMLInputElement>('To').value).toBe('2027-01-05')
  })
})
