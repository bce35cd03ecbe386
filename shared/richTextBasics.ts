import type { RichTextDoc } from './richText'

/*
 * The parts of the rich-text format (./richText.ts) that need no schema: which links are safe,
 * the empty document, a UTF-8 length. Apart so that the renderer's read-only views (the print
 * sheets, the notes shown on a call) load without zod; ./richText.ts exports them too.
 */

export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const

/**
 * True for http(s) URLs with a host and for mailto addresses. Control characters and spaces are
 * refused outright: browsers strip them, which is how `java\tscript:` tricks get through.
 */
export function isSafeHref(href: string): boolean {
  if (href.length === 0 || href.length > 2048) return false
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(href)) return false
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(href)?.[1]?.toLowerCase()
  if (!scheme || !(SAFE_LINK_PROTOCOLS as readonly string[]).includes(`${scheme}:`)) return false
  if (scheme === 'mailto') return href.length > 'mailto:'.length
  return /^https?:\/\/[^/?#]+/i.test(href)
}

export const EMPTY_DOC: RichTextDoc = { type: 'doc', content: [] }

/** UTF-8 byte length without TextEncoder, which a pure (no DOM, no Node) module cannot name. */
export function utf8ByteLength(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
