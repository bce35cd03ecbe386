/**
 * Asked on a sidewalk call whose plan still leaves room to take over. A question to sit with,
 * not a rule: it never blocks saving and goes away with one click.
 */
export function SilencePrompt({ onDismiss }: { onDismiss: () => void }) {
  return (
    <div className="gentle-prompt" role="note" aria-label="A question before the call">
      <p className="gentle-prompt__title">What would happen if you said nothing?</p>
      <p>
        This is a sidewalk deal: if the rep stumbles, the cost is small and the lesson is theirs to keep. Picture yourself
        silent from the first hello to the goodbye — what is the worst that could happen, and could you live with it?
      </p>
      <button type="button" className="button button--ghost button--sm" onClick={onDismiss}>
        Got it, hide this
      </button>
    </div>
  )
}
