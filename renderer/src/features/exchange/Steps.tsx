import { useEffect, useRef } from 'react'

/**
 * Where the person is in an import: the list of steps with the current one marked, and its
 * heading, which takes focus when the step changes so keyboard and screen-reader users follow.
 */
export function Steps({ steps, current }: { steps: readonly string[]; current: number }) {
  return (
    <ol className="import-steps" aria-label="Import steps">
      {steps.map((step, index) => (
        <li
          key={step}
          className={index === current ? 'is-current' : index < current ? 'is-done' : undefined}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="import-steps__number" aria-hidden="true">
            {index + 1}
          </span>
          {step}
          {index < current && <span className="visually-hidden"> (done)</span>}
        </li>
      ))}
    </ol>
  )
}

export function StepHeading({ children, stepKey }: { children: string; stepKey: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  const first = useRef(true)
  useEffect(() => {
    // The first step is reached by choosing a file: focus stays on the file control then.
    if (first.current) {
      first.current = false
      return
    }
    ref.current?.focus()
  }, [stepKey])
  return (
    <h3 ref={ref} tabIndex={-1} className="import-step__heading">
      {children}
    </h3>
  )
}
