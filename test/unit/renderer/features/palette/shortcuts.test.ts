import '../../helpers/cleanup'
import { describe, expect, it } from 'vitest'
import { isTextEntry, shortcutFor, type KeyLike } from '../../../../../renderer/src/features/palette/shortcuts'

function press(key: string, target: EventTarget | null, extra: Partial<KeyLike> = {}): KeyLike {
  return { key, target, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, defaultPrevented: false, ...extra }
}

function element(html: string): HTMLElement {
  const host = document.createElement('div')
  host.innerHTML = html
  document.body.append(host)
  return host.firstElementChild as HTMLElement
}

const open = { dialogOpen: false }

describe('one-key shortcuts', () => {
  it('act on the page, with each key its own action', () => {
    const page = document.body
    expect(shortcutFor(press('n', page), open)).toBe('newCall')
    expect(shortcutFor(press('N', page), open), 'caps lock on').toBe('newCall')
    expect(shortcutFor(press('p', page), open)).toBe('prebrief')
    expect(shortcutFor(press('d', page), open)).toBe('debrief')
    expect(shortcutFor(press('l', page), open)).toBe('logSession')
    expect(shortcutFor(press('/', page), open)).toBe('search')
    expect(shortcutFor(press('?', page, { shiftKey: true }), open)).toBe('help')
    expect(shortcutFor(press('x', page), open)).toBeNull()
  })

  it('stay out of the way while typing: text fields, text areas, selects and the rich-text editor', () => {
    for (const html of [
      '<input type="text">',
      '<input>',
      '<input type="search">',
      '<input type="date">',
      '<textarea></textarea>',
      '<select><option>a</option></select>',
      '<div contenteditable="true"><p>note</p></div>',
      '<div role="combobox" tabindex="0"></div>',
    ]) {
      const target = element(html)
      expect(isTextEntry(target), html).toBe(true)
      expect(shortcutFor(press('n', target), open), html).toBeNull()
      expect(shortcutFor(press('?', target, { shiftKey: true }), open), html).toBeNull()
    }
    const inEditor = element('<div contenteditable="true"><p><strong>bold</strong></p></div>').querySelector('strong')
    expect(shortcutFor(press('d', inEditor), open)).toBeNull()
  })

  it('still work from buttons, links, checkboxes and radios', () => {
    for (const html of ['<button>Go</button>', '<a href="#/">Home</a>', '<input type="checkbox">', '<input type="radio">']) {
      expect(shortcutFor(press('n', element(html)), open), html).toBe('newCall')
    }
  })

  it('leave modified keys, repeats, Shift+letters and open dialogs alone', () => {
    const page = document.body
    expect(shortcutFor(press('n', page, { ctrlKey: true }), open)).toBeNull()
    expect(shortcutFor(press('n', page, { altKey: true }), open)).toBeNull()
    expect(shortcutFor(press('n', page, { metaKey: true }), open)).toBeNull()
    expect(shortcutFor(press('N', page, { shiftKey: true }), open)).toBeNull()
    expect(shortcutFor(press('n', page, { repeat: true }), open)).toBeNull()
    expect(shortcutFor(press('n', page, { isComposing: true }), open)).toBeNull()
    expect(shortcutFor(press('n', page), { dialogOpen: true })).toBeNull()
    expect(shortcutFor(press('n', page, { defaultPrevented: true }), open)).toBeNull()
  })
})

describe('Ctrl/Cmd+K', () => {
  it('opens the palette from anywhere, text fields included', () => {
    expect(shortcutFor(press('k', document.body, { ctrlKey: true }), open)).toBe('palette')
    expect(shortcutFor(press('k', element('<input>'), { metaKey: true }), open)).toBe('palette')
    expect(shortcutFor(press('K', element('<textarea></textarea>'), { ctrlKey: true }), open)).toBe('palette')
  })

  it('leaves the key to a control that used it (the editor makes a link), and to open dialogs', () => {
    const editor = element('<div contenteditable="true"></div>')
    expect(shortcutFor(press('k', editor, { ctrlKey: true, defaultPrevented: true }), open)).toBeNull()
    expect(shortcutFor(press('k', document.body, { ctrlKey: true }), { dialogOpen: true })).toBeNull()
    expect(shortcutFor(press('k', document.body, { ctrlKey: true, shiftKey: true }), open)).toBeNull()
  })
})

describe('Ctrl/Cmd+Shift+L', () => {
  it('locks the journal from anywhere, text fields included, but not Ctrl+L or a plain L', () => {
    expect(shortcutFor(press('L', document.body, { ctrlKey: true, shiftKey: true }), open)).toBe('lock')
    expect(shortcutFor(press('l', element('<textarea></textarea>'), { metaKey: true, shiftKey: true }), open)).toBe('lock')
    expect(shortcutFor(press('l', document.body, { ctrlKey: true }), open)).toBeNull()
    expect(shortcutFor(press('l', document.body), open)).toBe('logSession')
    expect(shortcutFor(press('L', document.body, { ctrlKey: true, shiftKey: true }), { dialogOpen: true })).toBeNull()
  })
})
