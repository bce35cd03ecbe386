import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import './Toast.css'

export type ToastTone = 'success' | 'info' | 'error'
type ToastItem = { id: number; message: string; tone: ToastTone }
type ToastApi = { show: (message: string, tone?: ToastTone) => void }

const ToastContext = createContext<ToastApi | null>(null)

/** How long a confirmation stays on screen; errors stay until dismissed. */
export const TOAST_MS = 6000

/**
 * Short confirmations ("Rep added") in a polite live region that is always in the page, so screen
 * readers announce each message as it is added. Errors use an assertive region.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<ToastItem[]>([])
  const nextId = useRef(1)
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>())

  const dismiss = useCallback((id: number) => {
    setItems((current) => current.filter((item) => item.id !== id))
    const timer = timers.current.get(id)
    if (timer) clearTimeout(timer)
    timers.current.delete(id)
  }, [])

  const show = useCallback(
    (message: string, tone: ToastTone = 'success') => {
      const id = nextId.current++
      setItems((current) => [...current.slice(-2), { id, message, tone }])
      if (tone !== 'error') timers.current.set(id, setTimeout(() => dismiss(id), TOAST_MS))
    },
    [dismiss],
  )

  useEffect(() => {
    const pending = timers.current
    return () => pending.forEach((timer) => clearTimeout(timer))
  }, [])

  const api = useMemo(() => ({ show }), [show])
  const render = (tone: 'polite' | 'assertive') =>
    items
      .filter((item) => (item.tone === 'error') === (tone === 'assertive'))
      .map((item) => (
        <div key={item.id} className={`toast toast--${item.tone}`}>
          <span className="toast__message">{item.message}</span>
          <button type="button" className="toast__dismiss" onClick={() => dismiss(item.id)}>
            Dismiss<span className="visually-hidden"> message</span>
          </button>
        </div>
      ))

  return (
    <ToastContext.Provider value={api}>
      {children}
      <section className="toasts" aria-label="Notifications">
        <div role="status" aria-live="polite" className="toasts__region">
          {render('polite')}
        </div>
        <div role="alert" aria-live="assertive" className="toasts__region">
          {render('assertive')}
        </div>
      </section>
    </ToastContext.Provider>
  )
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext)
  if (!api) throw new Error('useToast needs a ToastProvider above it')
  return api
}
