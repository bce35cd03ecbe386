/**
 * What text may hold, wherever it enters the journal: no control characters but tab, line feed
 * and carriage return, and no broken UTF-16 (a lone surrogate). SQLite's text functions stop at a
 * NUL, a terminal obeys escape sequences, and a lone surrogate is silently replaced on its way to
 * disk, so the value saved would not be the value sent. Such text is refused with a sentence that
 * names the character, never stored.
 */
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/** `U+0007`: how a character is named in a message. */
export function codePointName(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

/** Why this text cannot be stored, or null when it can. */
export function textProblem(value: string): string | null {
  const control = CONTROL_CHARACTER.exec(value)
  if (control) {
    const char = control[0]
    return char === '\u0000'
      ? 'Remove the NUL character (U+0000) from this text'
      : `Remove the invisible control character (${codePointName(char)}) from this text`
  }
  if (LONE_SURROGATE.test(value)) return 'This text holds a broken character (half of an emoji or symbol); type it again'
  return null
}

export function isCleanText(value: string): boolean {
  return textProblem(value) === null
}

/** Control characters out, for text Coachbook derives itself (a suggestion from a calendar's title). */
export function withoutControlCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex -- the same set as above
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '').replace(new RegExp(LONE_SURROGATE, 'g'), '\ufffd')
}

/** A file's text holding NUL characters is binary, or saved as UTF-16 and read as UTF-8. */
export function fileTextProblem(value: string): string | null {
  if (!value.includes('\u0000')) return null
  return 'This file is not plain text: it holds NUL characters. It may be binary, or saved as UTF-16; save it as UTF-8 text and try again'
}
