import { describe, expect, it } from 'vitest'
import { bestField, termsCovered, toSegments } from '../../../../../../electron/core/services/searchSnippet'

const mark = (word: string) => `\u{E000}${word}\u{E001}`

describe('toSegments', () => {
  it('splits a snippet into plain and found pieces', () => {
    expect(toSegments(`Let the ${mark('silence')} after the ${mark('price')} work`)).toEqual([
      { text: 'Let the ', match: false },
      { text: 'silence', match: true },
      { text: ' after the ', match: false },
      { text: 'price', match: true },
      { text: ' work', match: false },
    ])
  })

  it('handles a snippet that starts or ends with a found word, and one without any', () => {
    expect(toSegments(`${mark('Acme')} Corp`)).toEqual([
      { text: 'Acme', match: true },
      { text: ' Corp', match: false },
    ])
    expect(toSegments(`…renewal ${mark('Acme')}`)).toEqual([
      { text: '…renewal ', match: false },
      { text: 'Acme', match: true },
    ])
    expect(toSegments('plain')).toEqual([{ text: 'plain', match: false }])
    expect(toSegments('')).toEqual([])
  })

  it('merges neighbouring found pieces and drops a stray marker', () => {
    expect(toSegments(`${mark('Fleet')}${mark('renewal')} \u{E000}`)).toEqual([
      { text: 'Fleetrenewal', match: true },
      { text: ' ', match: false },
    ])
  })
})

describe('termsCovered', () => {
  it('counts the typed words a snippet shows found, by the start of a word, accents ignored', () => {
    const segments = toSegments(`${mark('Résumé')} of the ${mark('discovery')} call`)
    expect(termsCovered(segments, [['resume'], ['disc']])).toBe(2)
    expect(termsCovered(segments, [['resume'], ['price']])).toBe(1)
    expect(termsCovered(segments, [['covery']])).toBe(0)
    expect(termsCovered(toSegments(`${mark('follow-up')} questions`), [['follow', 'u']])).toBe(1)
  })
})

describe('bestField', () => {
  const terms = [['acme'], ['silence']]
  it('picks the field showing the most typed words', () => {
    const best = bestField(
      { account: `${mark('Acme')} Corp`, lesson: `${mark('Acme')} taught us ${mark('silence')}`, debrief_notes: 'nothing' },
      terms,
      false,
    )
    expect(best?.key).toBe('lesson')
  })

  it('breaks ties by the order of the fields, and skips fields without a found word', () => {
    const best = bestField({ debrief_notes: `${mark('Acme')} again`, account: `${mark('Acme')} Corp`, lesson: 'no' }, terms, false)
    expect(best).toEqual({ key: 'account', segments: [{ text: 'Acme', match: true }, { text: ' Corp', match: false }] })
    expect(bestField({ account: 'Acme Corp' }, terms, false)).toBeNull()
  })

  it("names a call by the rep's name only when nothing else was found", () => {
    const fields = { rep_name: `${mark('Dana')} Ortiz`, private_notes: `I rescued ${mark('Dana')}` }
    expect(bestField(fields, [['dana']], false)?.key).toBe('private_notes')
    expect(bestField({ rep_name: `${mark('Dana')} Ortiz` }, [['dana']], false)?.key).toBe('rep_name')
    expect(bestField({ rep_name: `${mark('Dana')} Ortiz`, rep_title: `${mark('Dana')}` }, [['dana']], true)?.key).toBe('rep_name')
  })
})
