/**
 * The rich-text editor of the coaching screens and its read-only counterpart.
 *
 *   <RichTextEditor id="debrief-notes" label="Notes to share" value={doc} onChange={setDoc} />
 *   <RichTextView doc={doc} />
 *
 * Both speak the stored format of shared/richText.ts; `normalizeDoc` reduces anything else to it.
 */
export { RichTextEditor, PRIVATE_BADGE_TEXT, type RichTextEditorProps, type RichTextEditorTone } from './RichTextEditor'
export { RichTextView, type RichTextViewProps } from './RichTextView'
export { normalizeDoc, toStoredDoc, storedDocKey, docByteLength } from './normalizeDoc'
export { sanitizePastedHtml } from './sanitizePastedHtml'
export { OVERSIZE_MESSAGE } from './sizeGuard'
