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
