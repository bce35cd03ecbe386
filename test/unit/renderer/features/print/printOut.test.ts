import { describe, expect, it, vi } from 'vitest'
import type { PrintBridge } from '../../../../../shared/printBridge'
import { ok } from '../../../../../shared/result'
import { printOut } from '../../../../../renderer/src/features/print/printOut'

function browserWindow(opened: unknown = {}) {
  return { open: vi.fn(() => opened as Window | null), location: { pathname: '/' } as Location }
}

describe('printOut', () => {
  it('asks Electron main through the preload bridge when there is one', async () => {
    const request = vi.fn<PrintBridge['request']>(() => Promise.resolve(ok({ done: 'saved' as const, path: '/tmp/a.pdf' })))
    const win = { ...browserWindow(), coachbook: { printing: { request } } }
    expect(await printOut('/print/debrief/c1', 'pdf', win)).toEqual(ok({ done: 'saved', path: '/tmp/a.pdf' }))
    expect(request).toHaveBeenCalledWith({ action: 'pdf', route: '/print/debrief/c1' })
    expect(win.open).not.toHaveBeenCalled()
  })

  it('turns a bridge that throws or answers junk into a failure', async () => {
    const throwing = { ...browserWindow(), coachbook: { printing: { request: () => Promise.reject(new Error('gone')) } } }
    expect(await printOut('/print/debrief/c1', 'print', throwing)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    const junk = { ...browserWindow(), coachbook: { printing: { request: () => Promise.resolve('yes' as never) } } }
    expect(await printOut('/print/debrief/c1', 'print', junk)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })

  it('in a browser, opens the print view in a new tab that prints itself once ready', async () => {
    const win = browserWindow()
    expect(await printOut('/print/report?from=2026-01-01&to=2026-03-31', 'pdf', win)).toEqual(ok({ done: 'printed' }))
    expect(win.open).toHaveBeenCalledWith('/#/print/report?from=2026-01-01&to=2026-03-31&autoprint=1', '_blank')
  })

  it('says so when the browser blocks the tab', async () => {
    const result = await printOut('/print/rep/r1', 'print', browserWindow(null))
    expect(result).toMatchObject({ ok: false, error: { code: 'IO_FAILURE' } })
  })
})
