import { Fragment, useMemo, type ReactNode } from 'react'
import type { RichTextDoc, RichTextMark, RichTextNode } from '../../../shared/richText'
import { isSafeHref } from '../../../shared/richTextBasics'
import { toStoredDoc } from './normalizeDoc'
import './editor.css'

export type RichTextViewProps = {
  doc: RichTextDoc | null | undefined
  className?: string
}

/**
 * A stored note rendered read-only, for print views and summaries. It builds React elements from
 * the JSON (never HTML strings), after the same normalisation the editor applies, so even a
 * hand-edited journal file cannot render a script, a style or a javascript: link.
 */
export function RichTextView({ doc, className }: RichTextViewProps) {
  const content = useMemo(() => toStoredDoc(doc).content ?? [], [doc])
  return <div className={['rich-text-view', className ?? ''].filter(Boolean).join(' ')}>{renderNodes(content)}</div>
}

function renderNodes(nodes: RichTextNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => renderNode(node, index))
}

/** Each block takes its direction from its own text (`dir="auto"`), as in the editor (`AUTO_DIRECTION` in extensions.ts). */
function renderNode(node: RichTextNode, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key} dir="auto">{renderNodes(node.content)}</p>
    case 'heading': {
      const level = node.attrs?.['level']
      if (level === 1) return <h1 key={key} dir="auto">{renderNodes(node.content)}</h1>
      if (level === 2) return <h2 key={key} dir="auto">{renderNodes(node.content)}</h2>
      return <h3 key={key} dir="auto">{renderNodes(node.content)}</h3>
    }
    case 'bulletList':
      return <ul key={key}>{renderNodes(node.content)}</ul>
    case 'orderedList': {
      const start = node.attrs?.['start']
      return (
        <ol key={key} start={typeof start === 'number' && start !== 1 ? start : undefined}>
          {renderNodes(node.content)}
        </ol>
      )
    }
    case 'listItem':
      return <li key={key}>{renderNodes(node.content)}</li>
    case 'blockquote':
      return <blockquote key={key}>{renderNodes(node.content)}</blockquote>
    case 'codeBlock':
      return (
        <pre key={key} dir="auto">
          <code>{(node.content ?? []).map((child) => child.text ?? '').join('')}</code>
        </pre>
      )
    case 'horizontalRule':
      return <hr key={key} />
    case 'hardBreak':
      return <br key={key} />
    case 'text':
      return renderText(node.text ?? '', node.marks ?? [], key)
    default:
      return null
  }
}

const MARK_ORDER: Record<RichTextMark['type'], number> = { link: 0, bold: 1, italic: 2, underline: 3, strike: 4, code: 5 }

function renderText(text: string, marks: RichTextMark[], key: number): ReactNode {
  // The link outermost, so a linked, bold word is one link.
  const ordered = [...marks].sort((a, b) => MARK_ORDER[b.type] - MARK_ORDER[a.type])
  let element: ReactNode = text
  for (const mark of ordered) element = wrap(mark, element)
  return <Fragment key={key}>{element}</Fragment>
}

function wrap(mark: RichTextMark, child: ReactNode): ReactNode {
  switch (mark.type) {
    case 'bold':
      return <strong>{child}</strong>
    case 'italic':
      return <em>{child}</em>
    case 'underline':
      return <u>{child}</u>
    case 'strike':
      return <s>{child}</s>
    case 'code':
      return <code>{child}</code>
    case 'link': {
      const href = mark.attrs?.['href']
      // toStoredDoc has already dropped unsafe links; checked again where it matters.
      if (typeof href !== 'string' || !isSafeHref(href)) return child
      return (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {child}
        </a>
      )
    }
  }
}
