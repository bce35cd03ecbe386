import '../../helpers/cleanup'
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SnippetText } from '../../../../../renderer/src/features/search/SnippetText'

describe('a search snippet', () => {
  it('marks the words that matched and keeps the rest as plain text', () => {
    const { container } = render(
      <SnippetText
        segments={[
          { text: '…run a proper ', match: false },
          { text: 'discovery', match: true },
          { text: ' of the ', match: false },
          { text: 'fleet', match: true },
          { text: ' needs', match: false },
        ]}
      />,
    )
    const marks = [...container.querySelectorAll('mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(['discovery', 'fleet'])
    expect(container.textContent).toBe('…run a proper discovery of the fleet needs')
  })

  it('shows markup in a snippet as the text it is, never as elements', () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'
    const { container } = render(
      <SnippetText
        segments={[
          { text: hostile, match: false },
          { text: '<b>bold</b>', match: true },
        ]}
      />,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('b')).toBeNull()
    expect(container.textContent).toBe(`${hostile}<b>bold</b>`)
    expect(container.querySelector('mark')?.textContent).toBe('<b>bold</b>')
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })
})
