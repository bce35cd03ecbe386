import { createContext, useCallback, useContext, useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { buttonClass } from './Button'
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

/** Lets a form inside a dialog say whether closing it now would lose what was typed. */
const DiscardGuardContext = createContext<((dirty: boolean) => void) | null>(null)

/**
 * A form calls this with whether it holds unsaved input: then Escape and the close button ask
 * before discarding it, instead of closing at once. The form's own Cancel button stays a plain
 * cancel: it says what it does.
 */
export function useDiscardGuard(dirty: boolean): void {
  const setDirty = useContext(DiscardGuardContext)
  useEffect(() => {
    setDirty?.(dirty)
    return () => setDirty?.(false)
  }, [setDirty, dirty])
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
  const dirty = useRef(false)
  const [asking, setAsking] = useState(false)
  const setDirty = useCallback((value: boolean) => {
    dirty.current = value
  }, [])
  const keepEditing = useRef<HTMLButtonElement>(null)
  const askedFrom = useRef<HTMLElement | null>(null)
  /** Escape and the close button: straight out, or a question first when something was typed. */
  const requestClose = () => {
    if (!dirty.current) return onClose()
    askedFrom.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setAsking(true)
  }
  const stayOpen = () => {
    setAsking(false)
    askedFrom.current?.focus()
  }
  useEffect(() => {
    if (asking) keepEditing.current?.focus()
  }, [asking])

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
      onKeyDown={(event) => {
        // Handled here, before the browser's own Escape closes the dialog (its cancel event may
        // not be refused twice in a row); a second Escape while asking means "keep editing".
        if (event.key !== 'Escape' || event.defaultPrevented || !dirty.current) return
        event.preventDefault()
        event.stopPropagation()
        if (asking) stayOpen()
        else requestClose()
      }}
      onCancel={(event) => {
        if (!dirty.current) return
        event.preventDefault()
        requestClose()
      }}
      onClose={(event) => {
        // Closed, however it happened: a question asked before is no longer open.
        setAsking(false)
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
            <button type="button" className="dialog__close" aria-label="Close" onClick={requestClose}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {description && (
            <div id={descriptionId} className="dialog__description">
              {description}
            </div>
          )}
          <div className="dialog__body">
            <DiscardGuardContext.Provider value={setDirty}>{children}</DiscardGuardContext.Provider>
          </div>
          {asking && (
            <div className="dialog__discard" role="alert">
              <p>Discard what you typed? It has not been saved.</p>
              <div className="dialog__discard-actions">
                <button type="button" className={buttonClass('secondary')} ref={keepEditing} onClick={stayOpen}>
                  Keep editing
                </button>
                <button type="button" className={buttonClass('danger')} onClick={() => onClose()}>
                  Discard
                </button>
              </div>
            </div>
          )}
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
