import { describe, expect, it } from 'vitest'
import { isAllowedLinkUri, linkLabel, normalizeLinkInput } from '../../../../renderer/src/editor/linkHref'

describe('normalizeLinkInput', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['  http://example.com  ', 'http://example.com'],
    ['example.com', 'https://example.com'],
    ['www.example.com/path?q=1', 'https://www.example.com/path?q=1'],
    ['example.com:8080/x', 'https://example.com:8080/x'],
    ['ana@example.com', 'mailto:ana@example.com'],
    ['mailto:ana@example.com', 'mailto:ana@example.com'],
    ['MAILTO:ana@example.com', 'MAILTO:ana@example.com'],
  ])('accepts %j as %j', (typed, href) => {
    expect(normalizeLinkInput(typed)).toBe(href)
  })

  it('treats an empty box as "remove the link"', () => {
    expect(normalizeLinkInput('   ')).toBe('')
  })

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'ftp://example.com', 'file:///etc/passwd', 'java\tscript:x', 'exa mple.com', 'mailto:'])(
    'refuses %j',
    (typed) => {
      expect(normalizeLinkInput(typed)).toBeNull()
    },
  )
})

describe('isAllowedLinkUri', () => {
  it('allows http, https and mailto, and bare addresses the editor links with a scheme', () => {
    for (const url of ['https://a.example', 'http://a.example', 'mailto:a@b.example', 'www.a.example', 'a@b.example']) {
      expect(isAllowedLinkUri(url), url).toBe(true)
    }
  })

  it('refuses every other scheme', () => {
    for (const url of ['javascript:alert(1)', 'vbscript:x', 'data:text/html,x', 'tel:123', 'ftp://a.example', '', ' https://a.example']) {
      expect(isAllowedLinkUri(url), url).toBe(false)
    }
  })
})

describe('linkLabel', () => {
  it('shows an e-mail address without mailto:', () => {
    expect(linkLabel('mailto:ana@example.com')).toBe('ana@example.com')
    expect(linkLabel('https://example.com')).toBe('https://example.com')
  })
})
