import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render } from '@testing-library/react'
import type { RichTextDoc } from '../../../../shared/richText'
import { RichTextView } from '../../../../renderer/src/editor/RichTextView'
import viewSource from '../../../../renderer/src/editor/RichTextView.tsx?raw'

afterEach(() => {
  cleanup()
})

const DOC: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'What went well' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Asked ' },
        { type: 'text', text: 'open', marks: [{ type: 'bold' }, { type: 'italic' }] },
        { type: 'text', text: ' questions, see ' },
        { type: 'text', text: 'the call', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.com/call/42' } }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'then ' },
        { type: 'text', text: 'paused', marks: [{ type: 'underline' }, { type: 'strike' }, { type: 'code' }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Discovery' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Next step' }] }] },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 3, type: null },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Third' }] }] }],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'I felt rushed' }] }] },
    { type: 'codeBlock', attrs: { language: null }, content: [{ type: 'text', text: 'line 1\nline 2' }] },
    { type: 'horizontalRule' },
    { type: 'paragraph' },
  ],
}

describe('RichTextView', () => {
  it('renders headings, marks, links, lists, quotes, code and rules as elements', () => {
    const { container } = render(<RichTextView doc={DOC} className="summary" />)
    const root = container.firstElementChild as HTMLElement
    expect(root.className).toBe('rich-text-view summary')
    expect(root.querySelector('h2')?.textContent).toBe('What went well')
    expect(root.querySelector('p > strong > em')?.textContent).toBe('open')
    expect(root.querySelector('p br')).not.toBeNull()
    expect(root.querySelector('u > s > code')?.textContent).toBe('paused')
    expect(Array.from(root.querySelectorAll('ul > li')).map((li) => li.textContent)).toEqual(['Discovery', 'Next step'])
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3')
    expect(root.querySelector('blockquote > p')?.textContent).toBe('I felt rushed')
    expect(root.querySelector('pre > code')?.textContent).toBe('line 1\nline 2')
    expect(root.querySelector('hr')).not.toBeNull()
    // The trailing empty paragraph the editor keeps is not printed.
    expect(root.lastElementChild?.tagName).toBe('HR')
  })

  it('renders links outermost, opening safely in a new window', () => {
    const { container } = render(<RichTextView doc={DOC} />)
    const link = container.querySelector('a')
    expect(link?.getAttribute('href')).toBe('https://example.com/call/42')
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer')
    expect(link?.getAttribute('target')).toBe('_blank')
    expect(link?.querySelector('strong')?.textContent).toBe('the call')
  })

  it('renders unsafe links as plain text and markup-looking text as text', () => {
    const hostile = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
            { type: 'text', text: '<img src=x onerror=alert(1)><script>alert(2)</script>' },
          ],
        },
        { type: 'iframe', attrs: { src: 'https://evil.example' }, content: [{ type: 'text', text: 'inside' }] },
      ],
    } as unknown as RichTextDoc
    const { container } = render(<RichTextView doc={hostile} />)
    expect(container.querySelector('a, img, script, iframe')).toBeNull()
    expect(container.textContent).toBe('click<img src=x onerror=alert(1)><script>alert(2)</script>inside')
  })

  it('renders nothing for a missing or blank note', () => {
    expect(render(<RichTextView doc={null} />).container.firstElementChild?.childNodes.length).toBe(0)
    cleanup()
    expect(render(<RichTextView doc={{ type: 'doc', content: [] }} />).container.firstElementChild?.childNodes.length).toBe(0)
  })

  it('lets each paragraph and heading take its direction from its own text', () => {
    const { container } = render(<RichTextView doc={DOC} />)
    const blocks = [...container.querySelectorAll('p, h2')]
    expect(blocks.length).toBeGreaterThan(2)
    expect(blocks.every((block) => block.getAttribute('dir') === 'auto')).toBe(true)
  })

  it('never renders through innerHTML', () => {
    expect(viewSource).toContain('export function RichTextView')
    expect(viewSource).not.toMatch(/dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML/)
  })
})
