import { Link } from 'wouter'
import { paths, type CallSection } from '../../app/paths'

export type { CallSection }

/**
 * The call's three pages as a row of links (each has its own address, so the palette and other
 * screens can open a pre-brief or debrief directly); the current one is marked for assistive tech.
 */
export function CallSectionNav({
  callId,
  section,
  hasPrebrief,
  hasDebrief,
}: {
  callId: string
  section: CallSection
  hasPrebrief: boolean
  hasDebrief: boolean
}) {
  const items: Array<{ key: CallSection; href: string; label: string; state: string | null }> = [
    { key: 'details', href: paths.call(callId), label: 'Details', state: null },
    { key: 'prebrief', href: paths.call(callId, 'prebrief'), label: 'Plan', state: hasPrebrief ? 'written' : 'not yet' },
    { key: 'debrief', href: paths.call(callId, 'debrief'), label: 'Debrief', state: hasDebrief ? 'written' : 'not yet' },
  ]
  return (
    <nav className="call-sections" aria-label="Call sections">
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link href={item.href} className="call-sections__link" aria-current={item.key === section ? 'page' : undefined}>
              {item.label}
              {item.state && (
                <span className={`call-sections__state${item.state === 'written' ? ' call-sections__state--done' : ''}`}>
                  <span className="visually-hidden">, </span>
                  {item.state}
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
