import type { RichTextDoc } from '../../../../shared/richText'

/**
 * A short stand-in for a rich-text note in the autosave's key of a form (`formKey`): its JSON's
 * 53-bit hash and length. The autosave compares keys at every change to know whether something is
 * unsaved; with the note's JSON in the key, that was a 48 KB `JSON.stringify` per keystroke in a
 * 500-paragraph note. The editor already hashes each document it reports (RichTextEditor.tsx), so
 * it hands the hash over (`rememberDocIdentity`) and the key costs nothing per key; a note that
 * came from elsewhere (the journal's copy) is hashed once here. Equal notes get equal stand-ins;
 * two different notes would need the same length and a 53-bit hash collision to be taken for one.
 */
const identities = new WeakMap<object, string>()

export function rememberDocIdentity(doc: RichTextDoc, json: string, hash: number = hashKey(json)): void {
  identities.set(doc, `${hash.toString(36)}:${json.length}`)
}

export function docIdentity(doc: RichTextDoc): string {
  let identity = identities.get(doc)
  if (identity === undefined) {
    const json = JSON.stringify(doc)
    identity = `${hashKey(json).toString(36)}:${json.length}`
    identities.set(doc, identity)
  }
  return identity
}

/** A form's (or a save's) key for the autosave: its JSON, each rich-text note by its stand-in. */
export function formKey(value: unknown): string {
  return JSON.stringify(value, (_name, field: unknown) => (isRichTextDoc(field) ? `doc#${docIdentity(field)}` : field)) ?? 'undefined'
}

function isRichTextDoc(value: unknown): value is RichTextDoc {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { type?: unknown }).type === 'doc'
}

/** A 53-bit string hash (cyrb53). */
export function hashKey(text: string): number {
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
