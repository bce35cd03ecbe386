import { THEMES, THEME_LABELS } from '../../../../shared/theme'
import { FieldGroup } from '../../components/Field'
import { chooseTheme, useTheme } from '../../app/theme'

/** Settings → Appearance: the theme, applied the moment it is chosen and kept on this computer. */
export function ThemeSection() {
  const theme = useTheme()
  return (
    <section className="card settings-card" aria-labelledby="settings-appearance-heading">
      <h2 id="settings-appearance-heading">Appearance</h2>
      <FieldGroup
        legend="Theme"
        description="Kept on this computer, for every journal you open here. Printed sheets and PDFs are always light."
      >
        <div className="choices">
          {THEMES.map((choice) => (
            <label key={choice} className="choice">
              <input type="radio" name="theme" value={choice} checked={theme === choice} onChange={() => chooseTheme(choice)} />
              {THEME_LABELS[choice]}
            </label>
          ))}
        </div>
      </FieldGroup>
    </section>
  )
}
