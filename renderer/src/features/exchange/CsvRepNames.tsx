import type { CsvUnmatchedName } from '../../../../shared/exchange'
import { useReps } from '../../api/useReps'
import { Field } from '../../components/Field'

/** The manager's choices on this screen, by the name as the file spells it: a rep id, or null for a new rep. */
export type RepChoices = ReadonlyMap<string, string | null>

type Props = {
  names: readonly CsvUnmatchedName[]
  choices: RepChoices
  onChoose: (name: string, repId: string | null) => void
}

/**
 * Names in the file that none of the reps has. A CRM may write a rep another way ("Jamie" for
 * James): each name can be matched to one of the reps, or added as a new rep. What the import
 * does with each comes from the core's preview; a choice made here shows at once and is checked
 * again by a new preview.
 */
export function CsvRepNames({ names, choices, onChoose }: Props) {
  const reps = useReps({ includeArchived: true }).data ?? []
  const active = reps.filter((rep) => !rep.archived)
  const archived = reps.filter((rep) => rep.archived)
  return (
    <fieldset className="import-rep-names">
      <legend className="import-step__subheading">Names with no rep</legend>
      <p>
        None of your reps has {names.length === 1 ? 'this name' : 'these names'}. If one is a rep of yours written another way, choose
        that rep; otherwise the name is added as a new rep.
      </p>
      <div className="import-rep-names__grid">
        {names.map((name) => {
          const chosen = choices.has(name.name) ? (choices.get(name.name) ?? null) : name.repId
          const recalled = !choices.has(name.name) && name.remembered
          const calls = `${name.calls} ${name.calls === 1 ? 'call' : 'calls'}`
          return (
            <Field key={name.name} label={name.name} description={recalled ? `${calls} · as you chose before` : calls}>
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={chosen ?? ''}
                  onChange={(event) => onChoose(name.name, event.target.value === '' ? null : event.target.value)}
                >
                  <option value="">Add as a new rep</option>
                  <optgroup label="Your reps">
                    {active.map((rep) => (
                      <option key={rep.id} value={rep.id}>
                        {rep.name}
                      </option>
                    ))}
                  </optgroup>
                  {archived.length > 0 && (
                    <optgroup label="Archived reps">
                      {archived.map((rep) => (
                        <option key={rep.id} value={rep.id}>
                          {rep.name}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </select>
              )}
            </Field>
          )
        })}
      </div>
    </fieldset>
  )
}
