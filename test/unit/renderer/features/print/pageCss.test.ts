import { describe, expect, it } from 'vitest'
import { contentBox, cssString, pageCss } from '../../../../../renderer/src/features/print/pageCss'

describe('pageCss', () => {
  it('sets the paper from Settings and draws the running texts and page numbers in margin boxes', () => {
    const a4 = pageCss('a4', { topLeft: 'Coachbook progress report', topRight: 'Jan 1 – Mar 31, 2026' })
    expect(a4).toContain('size: A4;')
    expect(a4).toContain('@top-left { content: "Coachbook progress report";')
    expect(a4).toContain('@top-right { content: "Jan 1 – Mar 31, 2026";')
    expect(a4).toContain('counter(page)')
    expect(a4).toContain('counter(pages)')
    expect(pageCss('letter', { topLeft: 'x' })).toContain('size: letter;')
    expect(pageCss('letter', { topLeft: 'x' })).not.toContain('@top-right')
  })

  it('keeps a name with quotes or a backslash inside its CSS string', () => {
    expect(cssString('Dana "DJ" O\\Brien\nline')).toBe('"Dana \\"DJ\\" O\\\\Brien line"')
    // A closing quote and brace cannot end the rule early.
    const css = pageCss('a4', { topLeft: '"; } body { display: none' })
    expect(css).toContain('content: "\\"; } body { display: none";')
  })

  it('leaves the printable area inside the margins', () => {
    expect(contentBox('a4')).toEqual({ widthMm: 182, heightMm: 265 })
    expect(contentBox('letter').widthMm).toBeCloseTo(187.9)
  })
})
