import { useEffect, useId, useRef, type ReactNode } from 'react'
import './Dialog.css'

export type DialogProps = {
  open: boolean
  /** Called when the dialog closes itself: Escape, the close button, or `close()` from a child. */
  onClose: () => void
  title: string
  description?: ReactNode
  size?: 'sm' | 'md' | 'lg'
  children: ReactNode
}

/**
 * A modal built on `<dialog>`: the browser makes the rest of the page inert, traps the focus
 * and closes it on Escape. On opening, focus goes to the element marked `data-autofocus` (or the
 * browser's first focusable choice); on closing it goes back to whatever had it before.
 * Children render only while open, so a form inside starts fresh each time.
 */
export function Dialog({ open, onClose, title, description, size = 'md', children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)
  const titleId = useId()
  const descriptionId = useId()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      dialog.showModal()
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    } else if (!open && dialog.open) {
      dialog.close()
      restoreFocus(dialog, returnTo.current)
    }
  }, [open])

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={(event) => {
        restoreFocus(event.currentTarget, returnTo.current)
        if (open) onClose()
      }}
    >
      {open && (
        <div className="dialog__frame">
          <header className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            <button type="button" className="dialog__close" aria-label="Close" onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {description && (
            <div id={descriptionId} className="dialog__description">
              {description}
            </div>
          )}
          <div className="dialog__body">{children}</div>
        </div>
      )}
    </dialog>
  )
}

function restoreFocus(dialog: HTMLDialogElement, target: HTMLElement | null): void {
  const active = document.activeElement
  const focusIsLost = active === null || active === document.body || dialog.contains(active)
  if (focusIsLost && target?.isConnected) target.focus()
}

/** The row of buttons at the foot of a dialog's form: the main action last, on the right. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="dialog__actions">{children}</div>
}
