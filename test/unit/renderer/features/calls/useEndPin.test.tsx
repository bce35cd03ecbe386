import '../../helpers/cleanup'
import { render } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useEndPin } from '../../../../../renderer/src/features/calls/useEndPin'

function List() {
  const ref = useRef<HTMLDivElement>(null)
  useEndPin(ref)
  return (
    <div ref={ref}>
      <input aria-label="Account" />
      <div role="dialog" aria-modal="true" aria-label="Delete this call?">
        <button type="button">Keep it</button>
      </div>
    </div>
  )
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the calls list held at its end', () => {
  it('goes to the end at once on End, instead of the browser’s animated scroll', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(24_968)
    render(<List />)
    const end = new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true })
    document.body.dispatchEvent(end)
    expect(end.defaultPrevented).toBe(true)
    expect(scrollTo).toHaveBeenCalledWith({ top: 24_968, behavior: 'instant' })
  })

  it('leaves End to a field being typed in, and to a widget that took it', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(24_968)
    const { getByLabelText } = render(<List />)
    const inField = new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true })
    getByLabelText('Account').dispatchEvent(inField)
    expect(inField.defaultPrevented).toBe(false)
    const taken = new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true })
    taken.preventDefault()
    document.body.dispatchEvent(taken)
    expect(scrollTo).not.toHaveBeenCalled()
  })

  it('leaves End alone when it is pressed in a dialog over the list', () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined)
    vi.spyOn(document.documentElement, 'scrollHeight', 'get').mockReturnValue(24_968)
    const { getByRole } = render(<List />)
    const end = new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true })
    getByRole('button', { name: 'Keep it' }).dispatchEvent(end)
    expect(end.defaultPrevented).toBe(false)
    // Nor is the list pinned to its end, to follow it there when it grows.
    window.dispatchEvent(new Event('resize'))
    expect(scrollTo).not.toHaveBeenCalled()
  })
})
