import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify'
import { isSafeHref } from '../../../shared/richTextBasics'

/**
 * Pasted (or dropped) HTML from Word, Google Docs and web pages, reduced to the markup the editor's
 * schema can hold before ProseMirror parses it.
 *
 * Two steps: first the clipboard's dialect is translated into plain semantic HTML in an inert
 * document (Google Docs' bold-by-style spans become <strong>, Word's list paragraphs become real
 * lists, tables become one block per cell, hidden text and Word's <o:p> go); then DOMPurify, with a
 * tight allow-list and no attributes but a checked href, has the last word on what survives. The
 * translation never has to be safe on its own; the purifier runs last.
 */
export function sanitizePastedHtml(html: string): string {
  if (html.trim() === '') return ''
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const body = doc.body
  reshapeClipboardDialects(body)
  const purifier = getPurifier()
  if (!purifier) return plainTextAsHtml(doc, textOf(body))
  return purifier.sanitize(body.innerHTML, PURIFY_CONFIG)
}

/** The tags the editor understands (h4–h6 are folded into h3 before this list applies). */
export const PASTE_ALLOWED_TAGS = [
  'p',
  'div',
  'span',
  'br',
  'h1',
  'h2',
  'h3',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'hr',
] as const

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS: [...PASTE_ALLOWED_TAGS],
  // data-pm-slice is ProseMirror's own marker for copy and paste inside the editor (checked below).
  ALLOWED_ATTR: ['href', 'start', 'data-pm-slice'],
  ADD_URI_SAFE_ATTR: ['start', 'data-pm-slice'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  ADD_FORBID_CONTENTS: ['object', 'embed', 'applet', 'xml', 'select', 'datalist', 'canvas', 'map'],
}

const PM_SLICE = /^\d{1,4} \d{1,4}(?: -\d{1,4})? \[[^<>]{0,2000}\]$/

let purifier: Purifier | null | undefined

/**
 * A private DOMPurify instance (hooks on the shared one would leak into other callers), created on
 * first use and trusted only after it has proved it works: a DOM that DOMPurify cannot drive (as in
 * some test DOMs) must not silently wave hostile markup through, so then paste falls back to text.
 */
function getPurifier(): Purifier | null {
  if (purifier !== undefined) return purifier
  const instance = DOMPurify(window)
  if (!instance.isSupported) return (purifier = null)
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const href = node.getAttribute('href')
    if (href !== null && (node.tagName !== 'A' || !isSafeHref(href))) node.removeAttribute('href')
    const start = node.getAttribute('start')
    if (start !== null && (node.tagName !== 'OL' || !/^\d{1,6}$/.test(start))) node.removeAttribute('start')
    const slice = node.getAttribute('data-pm-slice')
    if (slice !== null && !PM_SLICE.test(slice)) node.removeAttribute('data-pm-slice')
  })
  purifier = passesCanary(instance) ? instance : null
  return purifier
}

function passesCanary(instance: Purifier): boolean {
  const probe = '<p>ok<b>b</b></p><img src="x" onerror="alert(1)"><a href="javascript:alert(1)">x</a><script>bad()</script>'
  const out = instance.sanitize(probe, PURIFY_CONFIG)
  return out.startsWith('<p>ok<b>b</b></p>') && !/onerror|javascript|<img|<script|bad\(\)/i.test(out)
}

/** Lets a test start from a fresh purifier after changing the DOM it runs in. */
export function resetPastePurifierForTests(): void {
  purifier = undefined
}

// ---------------------------------------------------------------------------------------------
// Clipboard dialects

const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'xml',
  'o:p',
  'col',
  'colgroup',
])
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption'])
const BLOCKS_FOR_TEXT = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'table',
  'section',
  'article',
])

function tagOf(el: Element): string {
  // tagName, not localName: some DOMs report Word's <o:p> with the local name "p".
  return el.tagName.toLowerCase()
}

function styleOf(el: Element): string {
  return (el.getAttribute('style') ?? '').toLowerCase()
}

function reshapeClipboardDialects(body: HTMLElement): void {
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!body.contains(el)) continue
    const tag = tagOf(el)
    const style = styleOf(el)
    if (DROP_WITH_CONTENT.has(tag) || /display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/.test(style)) {
      el.remove()
    } else if (tag === 'br' && el.classList.contains('Apple-interchange-newline')) {
      el.remove()
    }
  }

  convertWordLists(body)

  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = tagOf(el)
    const style = styleOf(el)
    if ((tag === 'b' || tag === 'strong') && (el.id.startsWith('docs-internal-guid') || isNormalWeight(style))) {
      unwrap(el)
    } else if (tag === 'span' || tag === 'font') {
      wrapStyledText(el, style)
    } else if (tag === 'h4' || tag === 'h5' || tag === 'h6') {
      rename(el, 'h3')
    } else if (TABLE_PARTS.has(tag)) {
      // Each cell its own block, so cells do not run together once the table is gone.
      rename(el, 'div')
    }
  }
}

function isNormalWeight(style: string): boolean {
  return /font-weight\s*:\s*(?:normal|lighter|[1-4]00)\b/.test(style)
}

/** Google Docs (and many web pages) say bold, italic, underline and strike-through with CSS only. */
function wrapStyledText(el: Element, style: string): void {
  if (style === '') return
  const wrappers: string[] = []
  if (/font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/.test(style)) wrappers.push('strong')
  if (/font-style\s*:\s*(?:italic|oblique)/.test(style)) wrappers.push('em')
  const decoration = /text-decoration(?:-line)?\s*:\s*([^;]*)/.exec(style)?.[1] ?? ''
  if (decoration.includes('underline')) wrappers.push('u')
  if (decoration.includes('line-through')) wrappers.push('s')
  if (wrappers.length === 0) return
  let inner: Element = el
  for (const tag of wrappers) {
    const wrapper = el.ownerDocument.createElement(tag)
    while (inner.firstChild) wrapper.appendChild(inner.firstChild)
    inner.appendChild(wrapper)
    inner = wrapper
  }
}

const WORD_LIST_STYLE = /mso-list\s*:\s*l(\d+)\s+level(\d+)/
const WORD_LIST_MARKER = /mso-list\s*:\s*ignore/
const ORDERED_MARKER = /^\(?[0-9a-z]{1,4}[.)]$/i

/**
 * Word writes lists as paragraphs styled `mso-list: l0 level1 lfo1`, each starting with a
 * hand-drawn marker (`1.`, `·`, `o`) in a span styled `mso-list: Ignore`. Runs of such paragraphs
 * become nested <ul>/<ol>; the marker decides which.
 */
function convertWordLists(body: HTMLElement): void {
  const paragraphs = Array.from(body.querySelectorAll('p')).filter((p) => WORD_LIST_STYLE.test(styleOf(p)))
  const handled = new Set<Element>()
  for (const first of paragraphs) {
    if (handled.has(first)) continue
    const run: Element[] = [first]
    let next = nextElementSkippingBlank(first)
    while (next && tagOf(next) === 'p' && WORD_LIST_STYLE.test(styleOf(next))) {
      run.push(next)
      next = nextElementSkippingBlank(next)
    }
    run.forEach((p) => handled.add(p))
    replaceWithList(run)
  }
  // Markers outside recognised lists are still decoration, not text.
  for (const marker of Array.from(body.querySelectorAll('[style]'))) {
    if (WORD_LIST_MARKER.test(styleOf(marker))) marker.remove()
  }
}

function nextElementSkippingBlank(el: Element): Element | null {
  let node = el.nextSibling
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) return node as Element
    if (node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '') return null
    node = node.nextSibling
  }
  return null
}

function replaceWithList(run: Element[]): void {
  const first = run[0]
  if (!first) return
  const doc = first.ownerDocument
  const stack: Array<{ level: number; list: Element }> = []
  let root: Element | null = null
  for (const p of run) {
    const level = Number(WORD_LIST_STYLE.exec(styleOf(p))?.[2] ?? '1')
    const markerEl = Array.from(p.querySelectorAll('[style]')).find((el) => WORD_LIST_MARKER.test(styleOf(el)))
    const marker = (markerEl?.textContent ?? '').replace(/[\s\u00a0]+/g, '')
    markerEl?.remove()
    while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) > level) stack.pop()
    let top = stack[stack.length - 1]
    if (!top || top.level < level) {
      const list = doc.createElement(ORDERED_MARKER.test(marker) ? 'ol' : 'ul')
      const parentItem = top?.list.lastElementChild
      if (parentItem) parentItem.appendChild(list)
      else if (!root) root = list
      else root.appendChild(list)
      top = { level, list }
      stack.push(top)
    }
    const item = doc.createElement('li')
    while (p.firstChild) item.appendChild(p.firstChild)
    top.list.appendChild(item)
  }
  if (root) first.replaceWith(root)
  for (const p of run.slice(1)) p.remove()
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes))
}

function rename(el: Element, tag: string): void {
  const replacement = el.ownerDocument.createElement(tag)
  while (el.firstChild) replacement.appendChild(el.firstChild)
  el.replaceWith(replacement)
}

/** Text of the pasted markup, one line per block: the fallback when no purifier can be trusted. */
function textOf(root: Element): string {
  let text = ''
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent ?? ''
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const tag = tagOf(node as Element)
    if (DROP_WITH_CONTENT.has(tag)) return
    if (tag === 'br') text += '\n'
    node.childNodes.forEach(walk)
    if (BLOCKS_FOR_TEXT.has(tag)) text += '\n'
  }
  walk(root)
  return text
}

function plainTextAsHtml(doc: Document, text: string): string {
  const container = doc.createElement('div')
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const p = doc.createElement('p')
    p.textContent = line
    container.appendChild(p)
  }
  return container.innerHTML
}
