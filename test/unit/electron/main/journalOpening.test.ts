import { beforeEach, describe, expect, it, vi } from 'vitest'
import { invokeOnceOpen, showUpgrading, UPGRADING_TITLE } from '../../../../electron/main/journalOpening'
import type { Invoke } from '../../../../shared/invoke'
import { BrowserWindow, resetElectronMock } from './electronMock'

vi.mock('electron', () => import('./electronMock'))

beforeEach(resetElectronMock)

describe('invokeOnceOpen', () => {
  it('holds the calls made while the journal opens and passes them on, in full, once it is open', async () => {
    let opened: (invoke: Invoke) => void = () => undefined
    const invoke = invokeOnceOpen(new Promise<Invoke>((resolve) => (opened = resolve)))
    const answers: unknown[] = []
    const first = invoke('reps.list', {}, 'window-1').then((answer) => answers.push(answer))
    await Promise.resolve()
    expect(answers).toEqual([])

    const core = vi.fn<Invoke>((channel) => Promise.resolve({ ok: true, value: channel }))
    opened(core)
    await first
    expect(answers).toEqual([{ ok: true, value: 'reps.list' }])
    expect(core).toHaveBeenCalledExactlyOnceWith('reps.list', {}, 'window-1')
    await expect(invoke('app.info', {})).resolves.toEqual({ ok: true, value: 'app.info' })
  })
})

describe('showUpgrading', () => {
  it("says so in the title, over the page's own, with a busy progress bar, until it is over", () => {
    const window = new BrowserWindow({})
    const over = showUpgrading(window as never)
    expect(window.setTitle).toHaveBeenLastCalledWith(UPGRADING_TITLE)
    expect(window.setProgressBar).toHaveBeenLastCalledWith(2)
    const pageTitle = { preventDefault: vi.fn() }
    window.emit('page-title-updated', pageTitle)
    expect(pageTitle.preventDefault).toHaveBeenCalledTimes(1)

    window.webContents.getTitle.mockReturnValue('Calls · Coachbook')
    over()
    expect(window.setTitle).toHaveBeenLastCalledWith('Calls · Coachbook')
    expect(window.setProgressBar).toHaveBeenLastCalledWith(-1)
    const later = { preventDefault: vi.fn() }
    window.emit('page-title-updated', later)
    expect(later.preventDefault).not.toHaveBeenCalled()
  })

  it('leaves a window that is gone alone', () => {
    const window = new BrowserWindow({})
    const over = showUpgrading(window as never)
    window.isDestroyed.mockReturnValue(true)
    over()
    expect(window.setProgressBar).toHaveBeenCalledTimes(1)
  })
})
