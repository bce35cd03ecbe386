import { useEffect, useId, useState } from 'react'
import { Link } from 'wouter'
import {
  CSV_DELIMITERS,
  CSV_TARGET_LABELS,
  CSV_TARGETS,
  DATE_FORMAT_LABELS,
  DATE_FORMATS,
  REQUIRED_CSV_TARGETS,
  type CsvDelimiterChoice,
  type CsvImportPreview,
  type CsvMapping,
  type CsvOptions,
  type DateFormat,
  type SavedCsvMapping,
} from '../../../../shared/exchange'
import { Button, buttonClass } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { Table } from '../../components/Table'
import { CSV_STEPS as STEPS, CsvPreviewStep } from './CsvPreviewStep'
import type { RepChoices } from './CsvRepNames'
import type { LoadedFile } from './ImportWizard'
import { StepHeading, Steps } from './Steps'
import { useCsvApply, useCsvPreview, useDeleteMapping, useSavedMappings } from './useExchange'

const DELIMITER_LABELS: Record<CsvDelimiterChoice, string> = {
  auto: 'Detect',
  ',': 'Comma (,)',
  ';': 'Semicolon (;)',
  '\t': 'Tab',
}

/** A saved mapping's columns, found in this file by name whatever the case. */
function fitMapping(saved: CsvMapping, headers: readonly string[]): CsvMapping {
  const fitted: CsvMapping = {}
  for (const target of CSV_TARGETS) {
    const header = saved[target]
    const match = header === undefined ? undefined : headers.find((h) => h.trim().toLowerCase() === header.trim().toLowerCase())
    if (match !== undefined) fitted[target] = match
  }
  return fitted
}

const defaultMappingName = (fileName: string) => fileName.replace(/\.[^.]+$/, '').slice(0, 80) || 'My CRM export'

/** CSV of past joint calls: match the columns, check every row, then import all or nothing. */
export function CsvImport({ file, onRestart }: { file: LoadedFile; onRestart: () => void }) {
  const look = useCsvPreview()
  const check = useCsvPreview()
  const apply = useCsvApply()
  const [mapping, setColumns] = useState<CsvMapping>({})
  const [repChoices, setRepChoices] = useState<RepChoices>(new Map())
  // The last answer of the row check stays on screen while a rep choice asks for the next one.
  const [checked, setChecked] = useState<CsvImportPreview | null>(null)
  const [options, setOptions] = useState<CsvOptions | null>(null)
  const [step, setStep] = useState<'columns' | 'preview'>('columns')
  const [remember, setRemember] = useState(false)
  const [mappingName, setMappingName] = useState(() => defaultMappingName(file.name))

  const firstLook = (delimiter: CsvDelimiterChoice = 'auto') =>
    look.mutate(
      { text: file.text, ...(delimiter === 'auto' ? {} : { options: { delimiter } }) },
      {
        onSuccess: (preview) => {
          setColumns(preview.mapping)
          setOptions({ ...preview.options, delimiter })
          if (preview.savedMapping) setMappingName(preview.savedMapping.name)
        },
      },
    )
  const { mutate: lookMutate } = look
  /** Choices were made for the names of one rep column: another column has other names. */
  const setMapping = (next: CsvMapping) => {
    if (next.rep !== mapping.rep) setRepChoices(new Map())
    setColumns(next)
  }
  useEffect(() => {
    lookMutate(
      { text: file.text },
      {
        onSuccess: (preview) => {
          setColumns(preview.mapping)
          setOptions(preview.options)
          if (preview.savedMapping) setMappingName(preview.savedMapping.name)
        },
      },
    )
  }, [lookMutate, file.text])

  if (apply.isSuccess) {
    const { created, alreadyImported, duplicates, savedMapping } = apply.data
    return (
      <div className="import-step">
        <Steps steps={STEPS} current={3} />
        <StepHeading stepKey="done">Calls imported</StepHeading>
        <p role="status">
          Added {created.calls} {created.calls === 1 ? 'call' : 'calls'}
          {created.reps > 0 && ` and ${created.reps} new ${created.reps === 1 ? 'rep' : 'reps'}`}
          {created.prebriefs + created.debriefs > 0 && ` (with ${created.prebriefs} pre-briefs and ${created.debriefs} debriefs)`}.
          {alreadyImported > 0 && ` ${alreadyImported} ${alreadyImported === 1 ? 'was' : 'were'} already in your journal and left as they are.`}
          {duplicates > 0 && ` ${duplicates} repeated ${duplicates === 1 ? 'row was' : 'rows were'} counted once.`}
        </p>
        {savedMapping && <p>These choices are saved as “{savedMapping.name}” for the next file like this one.</p>}
        <div className="import-step__actions">
          <Link href="/calls" className={buttonClass('primary')}>
            See your calls
          </Link>
          <Button onClick={onRestart}>Import another file</Button>
        </div>
      </div>
    )
  }

  if (look.isError) {
    return (
      <div className="import-step">
        <Steps steps={STEPS} current={1} />
        <StepHeading stepKey="columns">Match the columns</StepHeading>
        <FormAlert>
          <strong>This file cannot be read as a spreadsheet.</strong> {look.error.message}
        </FormAlert>
        <div className="import-step__actions">
          <Button onClick={onRestart}>Choose another file</Button>
        </div>
      </div>
    )
  }
  if (!look.data || !options) {
    return (
      <div className="import-step">
        <Steps steps={STEPS} current={1} />
        <LoadingState label="Reading the spreadsheet…" />
      </div>
    )
  }

  const runCheck = (choices: RepChoices = repChoices) =>
    check.mutate(
      { text: file.text, mapping, options, repChoices: [...choices].map(([name, repId]) => ({ name, repId })) },
      {
        onSuccess: (preview) => {
          setChecked(preview)
          setStep('preview')
        },
      },
    )

  if (step === 'preview' && checked) {
    return (
      <CsvPreviewStep
        preview={checked}
        updating={check.isPending}
        updateError={check.isError ? check.error.message : null}
        repChoices={repChoices}
        onChooseRep={(name, repId) => {
          // The newest choice goes last: for two spellings of one name, the core takes the later.
          const next = new Map(repChoices)
          next.delete(name)
          next.set(name, repId)
          setRepChoices(next)
          runCheck(next)
        }}
        remember={remember}
        setRemember={setRemember}
        mappingName={mappingName}
        setMappingName={setMappingName}
        applying={apply.isPending}
        applyError={apply.isError ? apply.error.message : null}
        onBack={() => {
          apply.reset()
          check.reset()
          setStep('columns')
        }}
        onApply={() =>
          apply.mutate({
            text: file.text,
            mapping,
            options,
            // What the screen shows, remembered choices included: apply itself recalls nothing.
            repChoices: checked.unmatchedNames.map(({ name, repId }) => ({ name, repId })),
            ...(remember && mappingName.trim() !== '' ? { saveMappingAs: mappingName.trim() } : {}),
          })
        }
      />
    )
  }

  return (
    <ColumnsStep
      preview={look.data}
      mapping={mapping}
      setMapping={setMapping}
      options={options}
      setOptions={setOptions}
      onDelimiter={(delimiter) => firstLook(delimiter)}
      checking={check.isPending}
      checkError={check.isError ? check.error.message : null}
      onCheck={() => runCheck()}
      onCancel={onRestart}
    />
  )
}

type ColumnsStepProps = {
  preview: CsvImportPreview
  mapping: CsvMapping
  setMapping: (mapping: CsvMapping) => void
  options: CsvOptions
  setOptions: (options: CsvOptions) => void
  onDelimiter: (delimiter: CsvDelimiterChoice) => void
  checking: boolean
  checkError: string | null
  onCheck: () => void
  onCancel: () => void
}

function ColumnsStep({ preview, mapping, setMapping, options, setOptions, onDelimiter, checking, checkError, onCheck, onCancel }: ColumnsStepProps) {
  const missing = REQUIRED_CSV_TARGETS.filter((target) => mapping[target] === undefined)
  const [tried, setTried] = useState(false)
  return (
    <div className="import-step">
      <Steps steps={STEPS} current={1} />
      <StepHeading stepKey="columns">Match the columns</StepHeading>
      <p>
        {preview.rows} {preview.rows === 1 ? 'row' : 'rows'} and {preview.headers.length} columns. Say which column holds what; date and
        rep name are needed, the rest is optional.
      </p>
      {preview.savedMapping && (
        <p className="import-note" role="status">
          Using your saved column choices “{preview.savedMapping.name}”, made for files with these columns.
        </p>
      )}
      <SavedMappings headers={preview.headers} onUse={(saved) => {
        setMapping(fitMapping(saved.mapping, preview.headers))
        setOptions({ ...saved.options, delimiter: options.delimiter })
      }} />

      <form
        className="import-columns"
        onSubmit={(event) => {
          event.preventDefault()
          setTried(true)
          if (missing.length === 0) onCheck()
        }}
        noValidate
      >
        <fieldset className="import-columns__grid">
          <legend className="import-step__subheading">Columns</legend>
          {CSV_TARGETS.map((target) => {
            const required = REQUIRED_CSV_TARGETS.includes(target)
            return (
              <Field
                key={target}
                label={CSV_TARGET_LABELS[target]}
                optional={!required}
                required={required}
                error={tried && required && mapping[target] === undefined ? `Choose the column with the ${CSV_TARGET_LABELS[target].toLowerCase()}` : null}
              >
                {(control) => (
                  <select
                    {...control}
                    className="select"
                    value={mapping[target] ?? ''}
                    onChange={(event) => {
                      const next = { ...mapping }
                      if (event.target.value === '') delete next[target]
                      else next[target] = event.target.value
                      setMapping(next)
                    }}
                  >
                    <option value="">{required ? 'Choose a column…' : 'Not in this file'}</option>
                    {preview.headers.map((header) => (
                      <option key={header} value={header}>
                        {header}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )
          })}
        </fieldset>
        <ul className="import-columns__notes">
          <li>Rep names are matched to your reps ignoring case and accents. A name none of your reps has can be matched to one of them on the next step, or added as a new rep.</li>
          <li>Currency signs, codes and thousands separators in deal values are ignored.</li>
          <li>Stages, roles and outcomes may be written as names or keys, in any case.</li>
          <li>A planned role adds a pre-brief; an actual role adds a debrief, which also keeps the outcome.</li>
        </ul>

        <fieldset className="import-columns__options">
          <legend className="import-step__subheading">How the file writes values</legend>
          <Field label="Dates" description="YYYY-MM-DD is always understood.">
            {(control) => (
              <select
                {...control}
                className="select"
                value={options.dateFormat}
                onChange={(event) => setOptions({ ...options, dateFormat: event.target.value as DateFormat })}
              >
                {DATE_FORMATS.map((format) => (
                  <option key={format} value={format}>
                    {DATE_FORMAT_LABELS[format]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Columns separated by" description={`Detected: ${DELIMITER_LABELS[preview.delimiter]}`}>
            {(control) => (
              <select
                {...control}
                className="select"
                value={options.delimiter}
                onChange={(event) => onDelimiter(event.target.value as CsvDelimiterChoice)}
              >
                {CSV_DELIMITERS.map((delimiter) => (
                  <option key={delimiter} value={delimiter}>
                    {DELIMITER_LABELS[delimiter]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <label className="choice">
            <input
              type="checkbox"
              checked={options.decimalComma}
              onChange={(event) => setOptions({ ...options, decimalComma: event.target.checked })}
            />
            Decimal comma in amounts (1.234,50)
          </label>
        </fieldset>

        <h4 className="import-step__subheading">First rows of the file</h4>
        <div className="import-sample" role="region" aria-label="First rows of the file" tabIndex={0}>
          <Table caption="First rows of the file, as written">
            <thead>
              <tr>
                <th scope="col">Row</th>
                {preview.headers.map((header) => (
                  <th key={header} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.sampleRows.slice(0, 5).map((row, index) => (
                <tr key={index}>
                  <td className="muted">{index + 1}</td>
                  {row.map((cell, i) => (
                    <td key={i}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </div>

        {checkError && <FormAlert>{checkError}</FormAlert>}
        <div className="import-step__actions">
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary" busy={checking}>
            {checking ? 'Checking…' : 'Check the rows'}
          </Button>
        </div>
      </form>
    </div>
  )
}

function SavedMappings({ headers, onUse }: { headers: readonly string[]; onUse: (saved: SavedCsvMapping) => void }) {
  const saved = useSavedMappings()
  const remove = useDeleteMapping()
  const [chosen, setChosen] = useState('')
  const id = useId()
  const list = saved.data ?? []
  if (list.length === 0) return null
  const current = list.find((m) => m.id === chosen)
  const fits = current ? Object.keys(fitMapping(current.mapping, headers)).length : 0
  return (
    <div className="import-saved">
      <div className="field">
        <label className="field__label" htmlFor={id}>
          Saved column choices
        </label>
        <select id={id} className="select" value={chosen} onChange={(event) => setChosen(event.target.value)}>
          <option value="">Choose…</option>
          {list.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      <Button size="sm" disabled={!current} onClick={() => current && onUse(current)}>
        Use
      </Button>
      <Button
        size="sm"
        variant="ghost"
        disabled={!current}
        busy={remove.isPending}
        onClick={() => current && remove.mutate(current.id, { onSuccess: () => setChosen('') })}
      >
        Delete
      </Button>
      {current && (
        <span className="muted import-saved__fit">
          {fits} of its columns are in this file
        </span>
      )}
    </div>
  )
}
