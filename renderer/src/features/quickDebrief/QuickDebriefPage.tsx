import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import { RESCUE_FEARS, RESCUE_ROLE } from '../../../../shared/domain'
import type { CallDetail } from '../../../../shared/entities'
import { RESCUE_FEAR_LABELS } from '../../../../shared/labels'
import { paths, useIdParam } from '../../app/paths'
import { Button, buttonClass } from '../../components/Button'
import { ErrorState } from '../../components/ErrorState'
import { FormAlert } from '../../components/FormAlert'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { PrivateBadge } from '../../components/PrivateBadge'
import { useToast } from '../../components/Toast'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { useBriefSavers, useCallForEditing } from '../briefs/briefsApi'
import { RoleChoice } from '../briefs/RoleChoice'
import { Segmented } from '../briefs/Segmented'
import { TextField } from '../briefs/TextAreaField'
import { callTitle } from '../calls/callForm'
import { quickDebriefSave, toQuickValues, type QuickDebriefValues } from './quickDebriefForm'
import '../briefs/briefs.css'
import './quickDebrief.css'

/**
 * `#/calls/<id>/quick-debrief`: the 60-second debrief, for the minute right after a call. Three
 * answers, all by keyboard (radio groups take the arrow keys; Enter in the lesson saves), saved
 * into the call's one debrief record; the full debrief stays one link away and is listed on Home
 * until it says how the call ended (shared/quickDebrief.ts).
 */
export function QuickDebriefPage() {
  const id = useIdParam()
  const detail = useCallForEditing(id)
  useDocumentTitle(detail.data ? `Quick debrief · ${callTitle(detail.data.call)}` : 'Quick debrief')
  const back = (
    <Link href={paths.call(id)}>
      <span aria-hidden="true">← </span>The call
    </Link>
  )
  if (detail.isPending) {
    return (
      <>
        <PageHeader eyebrow={back} title="Quick debrief" />
        <LoadingState label="Loading the call…" />
      </>
    )
  }
  if (detail.isError) {
    return (
      <>
        <PageHeader eyebrow={back} title="Quick debrief" />
        <ErrorState title="This call could not be loaded" message={detail.error.message} onRetry={() => void detail.refetch()} retrying={detail.isFetching} />
      </>
    )
  }
  return <QuickDebriefForm key={detail.data.call.id} detail={detail.data} back={back} />
}

function QuickDebriefForm({ detail, back }: { detail: CallDetail; back: React.ReactNode }) {
  const { call, prebrief, debrief } = detail
  const [values, setValues] = useState<QuickDebriefValues>(() => toQuickValues(debrief))
  const [error, setError] = useState<{ field: 'actualRole' | 'form'; message: string } | null>(null)
  const [saving, setSaving] = useState(false)
  const { saveDebrief } = useBriefSavers(call.id)
  const toast = useToast()
  const [, navigate] = useLocation()
  const rescue = values.actualRole === RESCUE_ROLE
  const set = <K extends keyof QuickDebriefValues>(field: K, value: QuickDebriefValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }))
    setError(null)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const next = quickDebriefSave(values, debrief, { planHadSkillFocus: Boolean(prebrief?.skillFocus) })
    if (!next.ok) {
      setError({ field: next.field, message: next.message })
      document.querySelector<HTMLInputElement>('.quick-debrief input[type="radio"]')?.focus()
      return
    }
    setSaving(true)
    const result = await saveDebrief(next.save.debrief, next.save.base)
    setSaving(false)
    if (!result.ok) {
      setError({ field: 'form', message: result.error.message })
      return
    }
    toast.show(
      result.value.stored.outcome === null
        ? 'Quick debrief saved. The full debrief is still to do; Home keeps it on your list.'
        : 'Quick debrief saved into the debrief.',
    )
    navigate(paths.call(call.id))
  }

  return (
    <>
      <PageHeader
        eyebrow={back}
        title="Quick debrief"
        description={`${callTitle(call)} with ${detail.rep.name}. A minute while it is fresh: the role you played, whether you took over and why, and one lesson. The full debrief with the rep can come later.`}
        actions={
          <Link href={paths.call(call.id, 'debrief')} className={buttonClass('secondary')}>
            Full debrief instead
          </Link>
        }
      />
      <form className="card quick-debrief" onSubmit={(event) => void submit(event)} noValidate aria-label="Quick debrief">
        {error?.field === 'form' && <FormAlert>{error.message}</FormAlert>}
        <RoleChoice
          name={`quick-role-${call.id}`}
          legend="1. Which role did you play?"
          description="Pick the crutch if you took over and closed for the rep."
          value={values.actualRole}
          planned={prebrief?.plannedRole ?? null}
          onChange={(role) => set('actualRole', role)}
          error={error?.field === 'actualRole' ? error.message : null}
        />
        {rescue && (
          <div className="quick-debrief__rescue">
            <Segmented
              variant="list"
              name={`quick-fear-${call.id}`}
              legend="2. You took over. What pushed you, in one tap?"
              description={
                <>
                  <PrivateBadge /> Stays in your journal: no sheet or report shows it.
                </>
              }
              options={RESCUE_FEARS.map((value) => ({ value, label: RESCUE_FEAR_LABELS[value] }))}
              value={values.rescueFear}
              onChange={(fear) => set('rescueFear', fear)}
            />
          </div>
        )}
        <TextField
          label={rescue ? '3. One lesson' : '2. One lesson'}
          description="The one thing you or the rep will do differently next time. Enter saves."
          value={values.lesson}
          onChange={(lesson) => set('lesson', lesson)}
          placeholder="For example: let the silence after the price do its work"
        />
        <div className="cluster">
          <Button type="submit" variant="primary" busy={saving}>
            Save quick debrief
          </Button>
          <span className="muted">Outcome, the ask and tell counts and the skill to drill wait for the full debrief.</span>
        </div>
      </form>
    </>
  )
}
