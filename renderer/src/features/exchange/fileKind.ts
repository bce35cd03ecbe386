/** What an imported file holds, from its name and first characters (the content wins). */
export type FileKind = 'json' | 'csv' | 'ics'

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  json: 'Coachbook journal file (JSON)',
  csv: 'Spreadsheet of past calls (CSV)',
  ics: 'Calendar (iCalendar .ics)',
}

export function detectFileKind(name: string, text: string): FileKind {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 2000)
  if (head.startsWith('{')) return 'json'
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ics'
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase()
  if (extension === 'json') return 'json'
  if (extension === 'ics' || extension === 'ical' || extension === 'ifb') return 'ics'
  return 'csv'
}

/** "1.2 MB", "880 KB", "312 bytes". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
