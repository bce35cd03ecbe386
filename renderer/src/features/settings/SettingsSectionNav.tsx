import { useEffect } from 'react'
import { Link } from 'wouter'
import { SETTINGS_SECTIONS, sectionById, settingsPath } from './settingsSections'

/**
 * The list of Settings' sections. Choosing one (here, from the palette or the menu) puts its
 * heading at the top of the view and the keyboard focus on it, so the next Tab goes into it.
 * `ready` is false while a section is still loading, whose height would move the others.
 */
export function SettingsSectionNav({ current, ready }: { current: string | null; ready: boolean }) {
  useEffect(() => {
    const section = sectionById(current)
    if (!ready || !section) return
    const heading = document.getElementById(section.headingId)
    if (!heading) return
    heading.tabIndex = -1
    heading.scrollIntoView({ block: 'start' })
    heading.focus({ preventScroll: true })
  }, [current, ready])

  return (
    <nav className="settings-sections" aria-label="Settings sections">
      <ul>
        {SETTINGS_SECTIONS.map((section) => (
          <li key={section.id}>
            <Link href={settingsPath(section.id)} aria-current={current === section.id ? 'location' : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
