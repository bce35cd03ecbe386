import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { Editor } from '@tiptap/react'
import { linkLabel, normalizeLinkInput } from './linkHref'

export type LinkPanelProps = {
  editor: Editor
  /** Close the panel; focus goes back to the text. */
  onClose: () => void
}

export const LINK_INPUT_ERROR = 'Use a web address (https://…) or an email address.'

/**
 * The small inline box behind the Link button and Mod-K. Not a <form>: the editor usually sits in
 * a form of its own, and forms cannot nest. Enter applies, Escape cancels.
 */
export function LinkPanel({ editor, onClose }: LinkPanelProps) {
  const [text, setText] = useState(() => {
    const href: unknown = editor.getAttributes('link')['href']
    return typeof href === 'string' ? href : ''
  })
  const [error, setError] = useState<string | null>(null)
  const [hadLink] = useState(() => editor.isActive('link'))
  const input = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const errorId = `${inputId}-error`

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [])

  const close = (): void => {
    onClose()
    editor.commands.focus()
  }

  const apply = (): void => {
    const href = normalizeLinkInput(text)
    if (href === null) {
      setError(LINK_INPUT_ERROR)
      input.current?.focus()
      return
    }
    const chain = editor.chain().focus()
    if (href === '') chain.extendMarkRange('link').unsetLink().run()
    else if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: linkLabel(href), marks: [{ type: 'link', attrs: { href } }] }).run()
    } else chain.extendMarkRange('link').setLink({ href }).run()
    onClose()
  }

  const remove = (): void => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      close()
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault()
      apply()
    }
  }

  return (
    <div className="rte__link-panel" role="group" aria-label="Link" onKeyDown={onKeyDown}>
      <label className="rte__link-label" htmlFor={inputId}>
        Link address
      </label>
      <input
        ref={input}
        id={inputId}
        className="rte__link-input"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://… or name@example.com"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => {
          setText(event.target.value)
          setError(null)
        }}
      />
      <button type="button" className="rte__link-action rte__link-action--primary" onClick={apply}>
        Apply
      </button>
      {hadLink && (
        <button type="button" className="rte__link-action" onClick={remove}>
          Remove link
        </button>
      )}
      <button type="button" className="rte__link-action" onClick={close}>
        Cancel
      </button>
      {error && (
        <p id={errorId} className="rte__link-error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
