import { describe, expect, it } from 'vitest'
import { detectFileKind, formatSize } from '../../../../../renderer/src/features/exchange/fileKind'

describe('detectFileKind', () => {
  it('reads the content first, then the extension, and falls back to CSV', () => {
    expect(detectFileKind('backup.txt', '\uFEFF  {"format":"coachbook"}')).toBe('json')
    expect(detectFileKind('export.csv', 'BEGIN:VCALENDAR\r\nVERSION:2.0')).toBe('ics')
    expect(detectFileKind('journal.json', 'not json at all')).toBe('json')
    expect(detectFileKind('Calendar.ICS', 'garbage')).toBe('ics')
    expect(detectFileKind('crm export.txt', 'Date,Rep\n2026-11-02,Dana')).toBe('csv')
  })
})

describe('formatSize', () => {
  it('speaks in bytes, KB and MB', () => {
    expect([formatSize(1), formatSize(312), formatSize(4096), formatSize(3 * 1024 * 1024 + 200_000)]).toEqual([
      '1 byte',
      '312 bytes',
      '4 KB',
      '3.2 MB',
    ])
  })
})
