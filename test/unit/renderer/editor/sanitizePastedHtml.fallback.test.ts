import { describe, expect, it, vi } from 'vitest'
import { resetPastePurifierForTests, sanitizePastedHtml } from '../../../../renderer/src/editor/sanitizePastedHtml'

// A DOMPurify that has stopped working (returns its input): the case the self-check exists for.
vi.mock('dompurify', () => ({
  default: () => ({ isSupported: true, addHook: () => undefined, sanitize: (html: string) => html }),
}))

describe('sanitizePastedHtml without a working purifier', () => {
  it('falls back to plain paragraphs of text instead of passing markup through', () => {
    resetPastePurifierForTests()
    const out = sanitizePastedHtml(
      '<h2>Plan</h2><p>Ask <b>open</b> questions<img src=x onerror=alert(1)></p><script>alert(2)</script><ul><li>one</li><li>two</li></ul><a href="javascript:alert(3)">link</a>',
    )
    expect(out).toBe('<p>Plan</p><p>Ask open questions</p><p>one</p><p>two</p><p>link</p>')
  })

  it('escapes text that looks like markup', () => {
    resetPastePurifierForTests()
    expect(sanitizePastedHtml('<p>&lt;img src=x onerror=alert(1)&gt;</p>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>')
  })
})
