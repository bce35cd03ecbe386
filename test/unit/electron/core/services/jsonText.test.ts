import { describe, expect, it } from 'vitest'
import { describeJsonError, lineAndColumn, parseJsonText } from '../../../../../electron/core/services/jsonText'
import { AppFailure } from '../../../../../shared/result'

const failureOf = (text: string): AppFailure => {
  try {
    parseJsonText(text)
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('parsed')
}

describe('parseJsonText', () => {
  it('parses JSON, ignoring a leading byte-order mark', () => {
    expect(parseJsonText('{"a":[1,2]}')).toEqual({ a: [1, 2] })
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ a: 1 })
  })

  it('names the line and column of a mistake', () => {
    const failure = failureOf('{\n  "a": 1\n  "b": 2\n}')
    expect(failure.code).toBe('INVALID_INPUT')
    expect(failure.message).toMatch(/^The file is not valid JSON: .+ at line 3, column 3$/)
    expect(failure.message).not.toMatch(/position/)
  })

  it('points at the end of a file that stops too early', () => {
    expect(failureOf('{\n  "a": [1,').message).toMatch(/ at line 2, column 11$/)
  })

  it('calls an empty file empty', () => {
    expect(failureOf(' \n ')).toMatchObject({ code: 'INVALID_INPUT', message: 'The file is empty' })
  })
})

describe('describeJsonError', () => {
  it('computes the place from older and newer engine messages alike', () => {
    const text = 'ab\ncd'
    expect(describeJsonError(text, new SyntaxError('Unexpected token d in JSON at position 4'))).toBe(
      'The file is not valid JSON: Unexpected token d at line 2, column 2',
    )
    expect(describeJsonError(text, new SyntaxError("Expected ',' in JSON at position 4 (line 2 column 2)"))).toBe(
      "The file is not valid JSON: Expected ',' at line 2, column 2",
    )
    expect(describeJsonError(text, new SyntaxError('Something odd'))).toBe('The file is not valid JSON: Something odd')
  })
})

describe('lineAndColumn', () => {
  it('counts from 1 and treats \\r\\n, \\n and \\r as line ends', () => {
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 })
    expect(lineAndColumn('abc', 2)).toEqual({ line: 1, column: 3 })
    expect(lineAndColumn('a\r\nb\nc\rd', 7)).toEqual({ line: 4, column: 1 })
    expect(lineAndColumn('ab', 99)).toEqual({ line: 1, column: 3 })
  })
})
