import { describe, expect, it } from 'vitest'
import { editsText, nextEndPin, type EndSignal } from '../../../../../renderer/src/features/calls/endPin'

const key = (name: string, options: { shiftKey?: boolean; inTextEntry?: boolean } = {}): EndSignal => ({
  kind: 'key',
  key: name,
  shiftKey: options.shiftKey ?? false,
  inTextEntry: options.inTextEntry ?? false,
})
const scroll = (atBottom: boolean, byPointer = false): EndSignal => ({ kind: 'scroll', atBottom, byPointer })

/** The pin after a sequence of signals, from unpinned. */
function after(...signals: EndSignal[]): boolean {
  return signals.reduce(nextEndPin, false)
}

describe('“at the end” of the calls list', () => {
  it('is pinned by End, and stays pinned through the scroll events on the way there', () => {
    expect(after(key('End'))).toBe(true)
    expect(after(key('End'), scroll(false), scroll(false), scroll(true))).toBe(true)
  })

  it('stays pinned when a scroll the manager did not make finds the view short of the end (the browser clamping a shorter page)', () => {
    expect(after(key('End'), scroll(true), scroll(false))).toBe(true)
  })

  it('is pinned by scrolling down to the last row, however it got there', () => {
    expect(after(scroll(false), scroll(true))).toBe(true)
    expect(after({ kind: 'wheel', deltaY: 120 }, scroll(true))).toBe(true)
  })

  it('is unpinned by a move the manager makes upwards: Home, PageUp, ArrowUp, Shift+Space, Tab, the wheel', () => {
    for (const up of [key('Home'), key('PageUp'), key('ArrowUp'), key(' ', { shiftKey: true }), key('Tab'), { kind: 'wheel', deltaY: -40 } as const]) {
      expect(after(key('End'), up)).toBe(false)
      // …and the scroll events of that move do not pin it again until the end is reached.
      expect(after(key('End'), up, scroll(false))).toBe(false)
    }
  })

  it('follows the scrollbar while it is dragged (or a finger moves the page): where it is let go is where the manager is', () => {
    expect(after(key('End'), scroll(false, true))).toBe(false)
    expect(after(scroll(true, true))).toBe(true)
  })

  it('is left as it was by keys that move down or edit a field', () => {
    expect(after(key('End'), key('PageDown'), key('ArrowDown'), key(' '), key('a'))).toBe(true)
    expect(after(key('End'), key('Home', { inTextEntry: true }))).toBe(true)
    expect(after(key('End', { inTextEntry: true }))).toBe(false)
  })
})

describe('a key pressed on an element', () => {
  it('edits text in a field, a text area, a list box or editable text, not on a checkbox, a radio or a link', () => {
    const element = (html: string) => {
      const holder = document.createElement('div')
      holder.innerHTML = html
      return holder.firstElementChild
    }
    expect(editsText(element('<input type="search">'))).toBe(true)
    expect(editsText(element('<input>'))).toBe(true)
    expect(editsText(element('<textarea></textarea>'))).toBe(true)
    expect(editsText(element('<select></select>'))).toBe(true)
    expect(editsText(element('<input type="checkbox">'))).toBe(false)
    expect(editsText(element('<input type="radio">'))).toBe(false)
    expect(editsText(element('<a href="#/calls">a call</a>'))).toBe(false)
    expect(editsText(null)).toBe(false)
  })
})
