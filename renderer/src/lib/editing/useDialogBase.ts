import { useCallback, useState } from 'react'
import type { SaveBase } from '../../../../shared/merge'
import type { Result } from '../../../../shared/result'
import { isApiError } from '../../api/errors'

/**
 * The base a dialog's Save states (docs/conflicts.md): the record as the dialog opened it. A field
 * the dialog changes that another window changed meanwhile is refused as CONFLICT and named beside
 * the field; the dialog then takes the journal's current record as its base, so saving again
 * keeps the person's values on purpose.
 */
export function useDialogBase<T extends object>(record: T | undefined, reread: () => Promise<Result<T>>) {
  const [base, setBase] = useState<SaveBase | undefined>(() => (record ? ({ ...record } as SaveBase) : undefined))
  const onError = useCallback(
    (error: unknown) => {
      if (!isApiError(error) || error.code !== 'CONFLICT') return
      void reread().then((fresh) => {
        if (fresh.ok) setBase({ ...fresh.value } as SaveBase)
      })
    },
    [reread],
  )
  return { base, onError }
}
