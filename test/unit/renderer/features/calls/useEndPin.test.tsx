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
})
