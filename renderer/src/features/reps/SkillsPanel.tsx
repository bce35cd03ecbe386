import { useId, useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import type { OpenSkill } from '../../../../shared/coaching'
import { DRILL_TYPE_LABELS } from '../../../../shared/labels'
import { Button } from '../../components/Button'
import { useToast } from '../../components/Toast'
import { formatDay } from '../../lib/format'
import { paths } from '../../app/paths'
import { useSkillUpdate } from './useSkillUpdate'

type Update = ReturnType<typeof useSkillUpdate>

/**
 * The skills this rep is drilling, each with its repetitions so far against its target: coaching
 * sessions on the skill and calls where it was seen done well both count. A skill stays open until
 * the manager marks it mastered or drops it; those fold away below, and can be opened again.
 */
export function SkillsPanel({ repId, open, closed, repName }: { repId: string; open: readonly OpenSkill[]; closed: readonly OpenSkill[]; repName: string }) {
  const update = useSkillUpdate(repId)
  return (
    <section className="card rep-panel" aria-labelledby="open-skills-heading">
      <h2 id="open-skills-heading">Open skills to drill</h2>
      <p className="rep-panel__lead">
        Repetition is what makes a skill stick. A coaching session on the skill, or a call where you saw {repName} do it well,
        counts as one. The newest open skill is offered as the one to watch in the next pre-brief.
      </p>
      {open.length === 0 ? (
        <p className="muted">
          Nothing open. When a debrief names one skill for {repName} to practise, it appears here with its repetitions.
        </p>
      ) : (
        <ul className="rep-list">
          {open.map((skill) => (
            <OpenSkillItem key={skill.skill} skill={skill} update={update} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details className="skills-closed">
          <summary>
            Mastered or dropped <span className="muted">({closed.length})</span>
          </summary>
          <ul className="rep-list">
            {closed.map((skill) => (
              <ClosedSkillItem key={skill.skill} skill={skill} update={update} />
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}

function OpenSkillItem({ skill, update }: { skill: OpenSkill; update: Update }) {
  const toast = useToast()
  const [editing, setEditing] = useState(false)
  const reached = skill.done >= skill.target
  const mark = (status: 'mastered' | 'dropped') =>
    update.mutate(
      { skill: skill.skill, status },
      {
        onSuccess: () => toast.show(status === 'mastered' ? `Marked “${skill.skill}” mastered` : `Dropped “${skill.skill}”`),
        onError: (error) => toast.show(`Could not update “${skill.skill}”: ${error.message}`, 'error'),
      },
    )
  return (
    <li className="rep-list__item skill" aria-label={skill.skill}>
      <span className="rep-list__title">{skill.skill}</span>
      <span className="skill__progress">
        <span className="skill__count">
          {skill.done} of {skill.target} repetitions{reached ? ' — ready to judge' : ''}
        </span>
        <span className="skill__bar" aria-hidden="true">
          <span className="skill__bar-fill" style={{ width: `${Math.min(100, (skill.done / skill.target) * 100)}%` }} />
        </span>
      </span>
      <span className="rep-list__meta">
        {[skill.drillType && DRILL_TYPE_LABELS[skill.drillType], skill.lastPractisedOn && `last practised ${formatDay(skill.lastPractisedOn, { weekday: false })}`]
          .filter(Boolean)
          .join(' · ')}
        {skill.drillType || skill.lastPractisedOn ? ' · ' : ''}
        from the <Link href={paths.call(skill.fromCallId, 'debrief')}>debrief of {formatDay(skill.openedOn, { weekday: false })}</Link>
      </span>
      {editing ? (
        <TargetForm skill={skill} update={update} onDone={() => setEditing(false)} />
      ) : (
        <span className="skill__actions">
          <Button
            size="sm"
            variant={reached ? 'primary' : 'secondary'}
            busy={update.isPending}
            aria-label={`Mastered: ${skill.skill}`}
            onClick={() => mark('mastered')}
          >
            Mastered
          </Button>
          <Button size="sm" variant="ghost" busy={update.isPending} onClick={() => mark('dropped')}>
            Drop<span className="visually-hidden"> {skill.skill}</span>
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            Change target<span className="visually-hidden"> of {skill.skill}</span>
          </Button>
        </span>
      )}
    </li>
  )
}

function TargetForm({ skill, update, onDone }: { skill: OpenSkill; update: Update; onDone: () => void }) {
  const id = useId()
  const [value, setValue] = useState(String(skill.target))
  const [error, setError] = useState<string | null>(null)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const text = value.trim()
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1000) {
      setError('Enter a whole number of repetitions from 1 to 1000')
      return
    }
    update.mutate({ skill: skill.skill, targetReps: Number(text) }, { onSuccess: onDone, onError: (failure) => setError(failure.message) })
  }
  return (
    <form className="skill__target" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && (event.stopPropagation(), onDone())}>
      <label htmlFor={`${id}-target`}>Repetitions to reach</label>
      <input
        id={`${id}-target`}
        className="input skill__target-input"
        inputMode="numeric"
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoFocus
      />
      <Button size="sm" variant="primary" type="submit" busy={update.isPending}>
        Save target
      </Button>
      {skill.targetSetByYou && (
        <Button size="sm" variant="ghost" onClick={() => update.mutate({ skill: skill.skill, targetReps: null }, { onSuccess: onDone })}>
          Use the debrief’s number
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={onDone}>
        Cancel
      </Button>
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </form>
  )
}

function ClosedSkillItem({ skill, update }: { skill: OpenSkill; update: Update }) {
  const toast = useToast()
  return (
    <li className="rep-list__item skill skill--closed" aria-label={skill.skill}>
      <span className="rep-list__title">{skill.skill}</span>
      <span className="rep-list__meta">
        {skill.status === 'mastered' ? 'Mastered' : 'Dropped'}
        {skill.statusOn ? ` on ${formatDay(skill.statusOn, { weekday: false })}` : ''} · {skill.done} of {skill.target} repetitions
      </span>
      <span className="skill__actions">
        <Button
          size="sm"
          variant="ghost"
          busy={update.isPending}
          aria-label={`Open again: ${skill.skill}`}
          onClick={() =>
            update.mutate(
              { skill: skill.skill, status: 'open' },
              { onSuccess: () => toast.show(`“${skill.skill}” is open again`), onError: (error) => toast.show(error.message, 'error') },
            )
          }
        >
          Open again
        </Button>
      </span>
    </li>
  )
}
