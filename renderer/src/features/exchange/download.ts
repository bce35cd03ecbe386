/**
 * Offers text as a file download: a Blob behind an `<a download>`. The same in browser mode and in
 * Electron (which shows its save dialog), with no round trip to the host and no navigation.
 */
export function downloadText(filename: string, text: string, type: string, doc: Document = document): void {
  const blob = new Blob([text], { type })
  const url = URL.createObjectURL(blob)
  const link = doc.createElement('a')
  link.href = url
  link.download = filename
  link.rel = 'noopener'
  link.hidden = true
  doc.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // The click has handed the blob to the download; keep the URL a moment for slower engines.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}

export const CSV_TYPE = 'text/csv;charset=utf-8'
export const JSON_TYPE = 'application/json;charset=utf-8'
