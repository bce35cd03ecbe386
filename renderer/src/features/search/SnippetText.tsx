import type { SnippetSegment } from '../../../../shared/search'

/**
 * A search snippet: the words the search found are marked, everything is rendered as text.
 * Snippets come from what the manager wrote, so nothing in them is ever read as markup.
 */
export function SnippetText({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <span className="snippet">
      {segments.map((segment, index) =>
        segment.match ? (
          <mark key={index} className="snippet__match">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </span>
  )
}
