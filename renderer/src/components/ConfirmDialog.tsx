import type { ReactNode } from 'react'
import { Button } from './Button'
import { Dialog, DialogActions } from './Dialog'
import { FormAlert } from './FormAlert'

export type ConfirmDialogProps = {
  open: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  busy?: boolean
  /** A failure of the confirmed action, shown in the dialog so it can be tried again. */
  error?: string | null
  danger?: boolean
}

/** Asks before something that cannot be undone. Focus starts on Cancel, the safe choice. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy = false, error, danger = false }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={onCancel} title={title} size="sm">
      <div className="stack">
        <div>{children}</div>
        {error && <FormAlert>{error}</FormAlert>}
        <DialogActions>
          <Button onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button variant={danger ? 'danger' : 'primary'} onClick={onConfirm} busy={busy}>
            {confirmLabel}
          </Button>
        </DialogActions>
      </div>
    </Dialog>
  )
}
