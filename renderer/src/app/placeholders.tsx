import { PlaceholderPage } from './PlaceholderPage'

/** Screens still to be built, saying what they will hold. Replace the route's component in routes.tsx. */
export function InsightsPlaceholder() {
  return (
    <PlaceholderPage
      title="Insights"
      summary="How your coaching is going, from what you record after each call."
      coming={[
        'How often you stepped in and closed for a rep, month by month, and how many of those were on everyday deals.',
        'Whether the role you planned matched the role you played.',
        'How much of each debrief was you asking rather than telling.',
        'Each rep’s progress toward handling calls on their own.',
      ]}
    />
  )
}

export function SettingsPlaceholder() {
  return (
    <PlaceholderPage
      title="Settings"
      summary="How the journal counts and prints."
      coming={[
        'The deal size from which a call counts as one of the year’s biggest (interstate).',
        'The currency deal values are shown in.',
        'Paper size for printed debrief sheets and reports, and the first day of your week.',
        'Export, import and backups of the whole journal.',
      ]}
    />
  )
}
