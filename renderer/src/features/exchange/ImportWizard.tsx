import { useId, useRef, useState } from 'react'
import { Button } from '../../components/Button'
import { FormAlert } from '../../components/FormAlert'
import { CsvImport } from './CsvImport'
import { detectFileKind, FILE_KIND_LABELS, formatSize, type FileKind } from './fileKind'
import { IcsImport } from './IcsImport'
import { JournalFileImport } from './JournalFileImport'

export type LoadedFile = { name: string; size: number; text: string; kind: FileKind }

/** Far beyond any journal or export; refused before reading so a wrong pick cannot freeze the page. */
const MAX_BYTES = 200 * 1024 * 1024
const KINDS: FileKind[] = ['json', 'csv', 'ics']

/**
 * Import: choose a file, see what kind it is, then that kind's steps. Every path previews before
 * it writes, and writes all or nothing.
 */
export function ImportWizard() {
  const [file, setFile] = useState<LoadedFile | null>(null)
  const [readError, setReadError] = useState<string | null>(null)
  const [reading, setReading] = useState(false)
  // A new pick (even of the same file) starts the steps over.
  const [round, setRound] = useState(0)
  const inputRef = useRef<HTMLInputElement>(null)
  const kindId = useId()

  const restart = () => {
    setFile(null)
    setReadError(null)
    setRound((n) => n + 1)
    if (inputRef.current) {
      inputRef.current.value = ''
      inputRef.current.focus()
    }
  }

  const load = async (picked: File | undefined) => {
    setReadError(null)
    setFile(null)
    setRound((n) => n + 1)
    if (!picked) return
    if (picked.size > MAX_BYTES) {
      setReadError(`${picked.name} is ${formatSize(picked.size)}: too large to be a journal, spreadsheet or calendar file.`)
      return
    }
    setReading(true)
    try {
      const text = await picked.text()
      if (text.trim() === '') {
        setReadError(`${picked.name} is empty.`)
        return
      }
      setFile({ name: picked.name, size: picked.size, text, kind: detectFileKind(picked.name, text) })
    } catch (error) {
      setReadError(`${picked.name} could not be read: ${error instanceof Error ? error.message : String(error)}`)
    } finally {
      setReading(false)
    }
  }

  return (
    <section className="exchange-section" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p className="exchange-section__intro">
        Bring in a Coachbook journal file, a spreadsheet of past joint calls from your CRM, or meetings from a calendar. You see what will
        change before anything is written, and an import either happens whole or not at all.
      </p>
      <div className="import-picker">
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            File to import
          </label>
          <p className="field__description" id="import-file-description">
            A journal file (.json), a CSV of past calls (.csv) or a calendar (.ics).
          </p>
          <input
            ref={inputRef}
            id="import-file"
            className="import-picker__input"
            type="file"
            accept=".json,.csv,.tsv,.txt,.ics,.ical,application/json,text/csv,text/calendar"
            aria-describedby="import-file-description"
            onChange={(event) => void load(event.target.files?.[0])}
          />
        </div>
        {reading && <p role="status">Reading the file…</p>}
        {readError && <FormAlert>{readError}</FormAlert>}
        {file && (
          <div className="import-picker__file">
            <p>
              <strong>{file.name}</strong> <span className="muted">({formatSize(file.size)})</span>
            </p>
            <div className="field import-picker__kind">
              <label className="field__label" htmlFor={kindId}>
                Read it as
              </label>
              <select
                id={kindId}
                className="select"
                value={file.kind}
                onChange={(event) => {
                  setFile({ ...file, kind: event.target.value as FileKind })
                  setRound((n) => n + 1)
                }}
              >
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {FILE_KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </div>
            <Button size="sm" variant="ghost" onClick={restart}>
              Clear
            </Button>
          </div>
        )}
      </div>
      {file?.kind === 'json' && <JournalFileImport key={round} file={file} onRestart={restart} />}
      {file?.kind === 'csv' && <CsvImport key={round} file={file} onRestart={restart} />}
      {file?.kind === 'ics' && <IcsImport key={round} file={file} onRestart={restart} />}
    </section>
  )
}
