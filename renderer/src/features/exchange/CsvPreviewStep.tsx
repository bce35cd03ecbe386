import { useId } from 'react'
import type { CsvImportPreview } from '../../../../shared/exchange'
import { OUTCOME_LABELS, ROLE_LABELS, STAGE_LABELS } from '../../../../shared/labels'
import { useReps } from '../../api/useReps'
import { useSettings } from '../../api/useSettings'
import { Badge } from '../../components/Badge'
import { Button } from '../../components/Button'
import { Field } from '../../components/Field'
import { FormAlert } from '../../components/FormAlert'
import { Table } from '../../components/Table'
import { formatDay, formatMoney, formatTime } from '../../lib/format'
import { CsvRepNames, type RepChoices } from './CsvRepNames'
import { StepHeading, Steps } from './Steps'

/** The CSV import's steps, as the list above each step shows them. */
export const CSV_STEPS = ['Choose a file', 'Match the columns', 'Check the rows', 'Done']

type PreviewStepProps = {
  preview: CsvImportPreview
  /** A new answer is on its way (a rep was chosen): the counts shown may be about to change. */
  updating: boolean
  updateError: string | null
  repChoices: RepChoices
  onChooseRep: (name: string, repId: string | null) => void
  remember: boolean
  setRemember: (value: boolean) => void
  mappingName: string
  setMappingName: (value: string) => void
  applying: boolean
  applyError: string | null
  onBack: () => void
  onApply: () => void
}

/** The CSV import's third step: what the file would add, its problems, and which rep each new name is. Nothing is written here. */
export function CsvPreviewStep({
  preview,
  updating,
  updateError,
  repChoices,
  onChooseRep,
  remember,
  setRemember,
  mappingName,
  setMappingName,
  applying,
  applyError,
  onBack,
  onApply,
}: PreviewStepProps) {
  const settings = useSettings()
  const rememberHelp = useId()
  const repNames = new Map((useReps({ includeArchived: true }).data ?? []).map((rep) => [rep.id, rep.name]))
  const currency = settings.data?.currency ?? 'USD'
  const toAdd = preview.willCreate.calls
  const blocked = preview.problemCount > 0
  return (
    <div className="import-step">
      <Steps steps={CSV_STEPS} current={2} />
      <StepHeading stepKey="preview">Check the rows</StepHeading>
      <dl className="import-summary" aria-busy={updating || undefined}>
        <div>
          <dt>Rows read</dt>
          <dd>{preview.rows}</dd>
        </div>
        <div>
          <dt>Calls to add</dt>
          <dd>{toAdd}</dd>
        </div>
        <div>
          <dt>Already in your journal</dt>
          <dd>{preview.alreadyImported}</dd>
        </div>
        <div>
          <dt>New reps</dt>
          <dd>{preview.willCreate.reps.length === 0 ? 'None' : preview.willCreate.reps.join(', ')}</dd>
        </div>
        {preview.duplicates > 0 && (
          <div>
            <dt>Repeated rows</dt>
            <dd>{preview.duplicates}</dd>
          </div>
        )}
      </dl>

      {blocked && (
        <section className="import-problems" aria-labelledby="csv-problems-heading">
          <h4 id="csv-problems-heading" className="import-step__subheading">
            {preview.problemCount} {preview.problemCount === 1 ? 'problem' : 'problems'} to fix first
          </h4>
          <p>Nothing is imported while a row has a problem. Correct the file, or go back and change the column choices.</p>
          <Table caption="Problems found in the file">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {preview.problems.map((problem, index) => (
                <tr key={index}>
                  <td>{problem.line ?? '—'}</td>
                  <td>{problem.column ?? '—'}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </Table>
          {preview.problemCount > preview.problems.length && (
            <p className="muted">The first {preview.problems.length} are listed.</p>
          )}
        </section>
      )}

      {preview.unmatchedNames.length > 0 && <CsvRepNames names={preview.unmatchedNames} choices={repChoices} onChoose={onChooseRep} />}
      {updateError && <FormAlert>{updateError}</FormAlert>}

      {preview.calls.length > 0 && (
        <>
          <h4 className="import-step__subheading">First rows as calls</h4>
          <div className="import-sample" role="region" aria-label="First rows as calls" tabIndex={0} aria-busy={updating || undefined}>
            <Table caption="First rows as they will be imported">
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Date</th>
                  <th scope="col">Rep</th>
                  <th scope="col">Account</th>
                  <th scope="col" className="num">Deal value</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Roles</th>
                </tr>
              </thead>
              <tbody>
                {preview.calls.map((call) => (
                  <tr key={call.line}>
                    <td className="muted">{call.line}</td>
                    <td className="nowrap">
                      {formatDay(call.date, { weekday: false })}
                      {call.time && <span className="table__secondary">{formatTime(call.time)}</span>}
                    </td>
                    <td>
                      {call.repName} {call.newRep && <Badge tone="info">New rep</Badge>}
                      {!call.alreadyImported && call.repId !== null && repNames.get(call.repId) !== call.repName && (
                        <span className="table__secondary">as {repNames.get(call.repId)}</span>
                      )}
                    </td>
                    <td>
                      {call.account ?? '—'}
                      {call.opportunity && <span className="table__secondary">{call.opportunity}</span>}
                      {call.alreadyImported && (
                        <span className="badges">
                          <Badge>Already imported</Badge>
                        </span>
                      )}
                    </td>
                    <td className="num">{call.dealValue === null ? '—' : formatMoney(call.dealValue, currency)}</td>
                    <td>{call.stage ? STAGE_LABELS[call.stage] : '—'}</td>
                    <td>
                      {[
                        call.plannedRole && `Planned: ${ROLE_LABELS[call.plannedRole]}`,
                        call.actualRole && `Played: ${ROLE_LABELS[call.actualRole]}`,
                        call.outcome && OUTCOME_LABELS[call.outcome],
                      ]
                        .filter(Boolean)
                        .join(' · ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </>
      )}

      {!blocked && toAdd > 0 && (
        <div className="import-remember">
          <div>
            <label className="choice">
              <input type="checkbox" checked={remember} aria-describedby={rememberHelp} onChange={(event) => setRemember(event.target.checked)} />
              Remember these choices for the next file like this one
            </label>
            <p className="field__description" id={rememberHelp}>
              The columns and how the file writes values
              {preview.unmatchedNames.length > 0 && ', and the rep you chose for each name with no rep'}.
            </p>
          </div>
          {remember && (
            <Field label="Name">
              {(control) => (
                <input {...control} className="input" value={mappingName} maxLength={80} onChange={(event) => setMappingName(event.target.value)} />
              )}
            </Field>
          )}
        </div>
      )}
      {!blocked && toAdd === 0 && <p role="status">Every row is already in your journal: there is nothing to add.</p>}
      {applyError && <FormAlert>{applyError}</FormAlert>}
      <div className="import-step__actions">
        <Button onClick={onBack}>Back to the columns</Button>
        <Button variant="primary" busy={applying || updating} disabled={blocked || toAdd === 0 || updateError !== null} onClick={onApply}>
          {applying ? 'Importing…' : `Import ${toAdd} ${toAdd === 1 ? 'call' : 'calls'}`}
        </Button>
      </div>
    </div>
  )
}
