import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, describe, expect, it } from 'vitest'
import { MAX_SEARCH_TERMS, fold, parseSearchText, tokens } from '../../../../../../electron/core/services/searchText'

describe('parseSearchText', () => {
  it('turns every word into a quoted prefix phrase, joined by AND', () => {
    expect(parseSearchText('disc')).toEqual({ match: '"disc"*', terms: [['disc']] })
    expect(parseSearchText('  Holding   silence ')).toEqual({
      match: '"Holding"* "silence"*',
      terms: [['holding'], ['silence']],
    })
  })

  it('doubles quotes so they stay text, and keeps operators inside the quotes', () => {
    expect(parseSearchText('say "no"')?.match).toBe('"say"* """no"""*')
    expect(parseSearchText('NEAR(a b) AND OR NOT')?.match).toBe('"NEAR(a"* "b)"* "AND"* "OR"* "NOT"*')
    expect(parseSearchText('col:val -x')?.match).toBe('"col:val"* "-x"*')
  })

  it('answers null when nothing searchable was typed', () => {
    for (const text of ['', '   ', '"', '*', '-', ':', '"" * - : ( )', '\u{E000}\u{E001}']) {
      expect(parseSearchText(text)).toBeNull()
    }
  })

  it('keeps at most MAX_SEARCH_TERMS words', () => {
    const parsed = parseSearchText(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))
    expect(parsed?.terms).toHaveLength(MAX_SEARCH_TERMS)
  })

  it('folds terms the way the index does: lower case, accents dropped, split into tokens', () => {
    expect(parseSearchText('Résumé follow-up')?.terms).toEqual([['resume'], ['follow', 'up']])
    expect(fold('Ça VA')).toBe('ca va')
    expect(tokens("O'Brien — naïve")).toEqual(['o', 'brien', 'naive'])
  })

  it('turns control characters into spaces (SQLite would end the string at a NUL)', () => {
    expect(parseSearchText('say\u0000no\u0007')?.match).toBe('"say"* "no"*')
  })

  it('writes NFC so decomposed accents read like composed ones', () => {
    const decomposed = 're\u0301sume\u0301'
    expect(parseSearchText(decomposed)?.match).toBe('"résumé"*')
  })

  describe('against a real FTS5 index', () => {
    const db = new Database(':memory:')
    db.exec("CREATE VIRTUAL TABLE t USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2')")
    db.prepare('INSERT INTO t (body) VALUES (?)').run('Say no to the "discount" AND hold: résumé near the end')
    const search = (text: string) => {
      const parsed = parseSearchText(text)
      return parsed === null ? null : db.prepare('SELECT COUNT(*) AS n FROM t WHERE t MATCH ?').pluck().get(parsed.match)
    }
    afterAll(() => db.close())

    const hostile = [
      '"', '""', '"""', '*', '**', 'a*b', 'NEAR(', 'NEAR(a b, 2)', 'AND', 'OR', 'NOT', 'AND OR', 'a AND', 'OR b',
      '-', '-a', 'a -b', ':', 'body:', 'body:say', '{body}: say', '^say', '(', ')', '(say', 'say)', '+', 'a + b',
      "'", '\\', '%', '_', '\u0000', 'say\u0000no', '\u{1F600}', 'é', '"say', 'say"', 'NEAR', '*say*', '.',
    ]
    it.each(hostile)('never makes an FTS5 syntax error: %j', (text) => {
      expect(() => search(text)).not.toThrow()
    })

    it('finds words by their start and ignores operators typed as text', () => {
      expect(search('disc')).toBe(1)
      expect(search('"discount"')).toBe(1)
      expect(search('AND hold')).toBe(1)
      expect(search('hold: res')).toBe(1)
      // A word with punctuation inside is a phrase of its parts: "near the", side by side.
      expect(search('NEAR(the')).toBe(1)
      expect(search('NEAR(say')).toBe(0)
      expect(search('discount missing')).toBe(0)
    })
  })
})
