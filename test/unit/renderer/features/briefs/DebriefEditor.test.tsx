import '../../helpers/cleanup'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/renderApp'
import { briefsJournal } from './briefsJournal'
import { STATE_WAIT } from '../../../../helpers/waitBound'

async function openDebrief(setup?: (j: Awaited<ReturnType<typeof briefsJournal>>, callId: string) => Promise<void> | void) {
  const j = await briefsJournal()
  const callId = await j.addCall({ dealValue: 42000 })
  await setup?.(j, callId)
  renderApp(j.api, `/calls/${callId}/debrief`)
  const form = await screen.findByRole('form', { name: 'Debrief' })
  return { j, callId, form, ui: within(form) }
}

const withPlan = async (j: Awaited<ReturnType<typeof briefsJournal>>, callId: string) => {
  await j.api.prebriefs.save({
    callId,
    prebrief: { plannedRole: 'technical_expert', takeoverRisk: 30, nextStep: 'Pilot kickoff date', skillFocus: 'Asking for the next step' },
  })
}

describe('the debrief editor', () => {
  it('reveals who started the rescue and the fear behind it only when the role was the crutch', async () => {
    const { j, callId, ui } = await openDebrief()
    const initiator = () => ui.queryByRole('group', { name: 'Who started the takeover?' })
    expect(initiator()).toBeNull()
    expect(ui.queryByRole('group', { name: 'The fear behind it' })).toBeNull()

    fireEvent.click(ui.getByRole('radio', { name: 'Crutch' }))
    expect(initiator()).not.toBeNull()
    fireEvent.click(within(initiator() as HTMLElement).getByRole('radio', { name: 'The rep handed it to me' }))
    fireEvent.click(within(ui.getByRole('group', { name: 'The fear behind it' })).getByRole('radio', { name: 'Pressure to make the quarter' }))
    expect(ui.getByText(/It was a sidewalk deal/)).toBeTruthy()
    await waitFor(() => expect(j.debriefs.get(callId)).toMatchObject({ actualRole: 'crutch', rescueInitiator: 'rep_asked', rescueFear: 'quarter_pressure' }), STATE_WAIT)

    fireEvent.click(ui.getByRole('radio', { name: 'Technical expert' }))
    expect(initiator()).toBeNull()
    await waitFor(() => expect(j.debriefs.get(callId)).toMatchObject({ actualRole: 'technical_expert', rescueInitiator: null, rescueFear: null }), STATE_WAIT)

    // Back to the crutch: the answers were kept on screen.
    fireEvent.click(ui.getByRole('radio', { name: 'Crutch' }))
    expect(within(initiator() as HTMLElement).getByRole<HTMLInputElement>('radio', { name: 'The rep handed it to me' }).checked).toBe(true)
  })

  it('keeps the tap counters within 0–999 by buttons and keys, and shows the asking share', async () => {
    const { j, callId, ui } = await openDebrief(async (jj, id) => {
      await jj.api.debriefs.save({ callId: id, debrief: { actualRole: 'technical_expert', asks: 998 } })
    })
    const asks = ui.getByRole<HTMLInputElement>('spinbutton', { name: 'Questions you asked' })
    const tells = ui.getByRole<HTMLInputElement>('spinbutton', { name: 'Things you told' })
    const more = ui.getByRole<HTMLButtonElement>('button', { name: 'One more question asked' })
    const fewerTold = ui.getByRole<HTMLButtonElement>('button', { name: 'One thing told fewer' })
    expect(asks.value).toBe('998')
    expect(tells.value).toBe('')
    expect(fewerTold.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(fewerTold)
    expect(tells.value).toBe('')

    fireEvent.click(more)
    expect(asks.value).toBe('999')
    expect(more.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(more)
    expect(asks.value).toBe('999')
    fireEvent.keyDown(asks, { key: 'ArrowUp' })
    fireEvent.keyDown(asks, { key: 'PageUp' })
    expect(asks.value).toBe('999')
    fireEvent.keyDown(asks, { key: 'PageDown' })
    expect(asks.value).toBe('989')
    fireEvent.keyDown(asks, { key: 'ArrowDown' })
    expect(asks.value).toBe('988')

    // Stepping down from nothing stays at nothing; up starts at 1.
    fireEvent.keyDown(tells, { key: 'ArrowDown' })
    expect(tells.value).toBe('')
    fireEvent.keyDown(tells, { key: 'ArrowUp' })
    fireEvent.keyDown(tells, { key: 'ArrowDown' })
    fireEvent.keyDown(tells, { key: 'ArrowDown' })
    expect(tells.value).toBe('0')
    expect(fewerTold.getAttribute('aria-disabled')).toBe('true')
    fireEvent.click(fewerTold)
    expect(tells.value).toBe('0')

    fireEvent.change(asks, { target: { value: '6' } })
    fireEvent.change(tells, { target: { value: '9' } })
    expect(ui.getByText(/Asking share/).textContent).toMatch(/Asking share: 40% \(6 of 15\)/)
    await waitFor(() => expect(j.debriefs.get(callId)).toMatchObject({ asks: 6, tells: 9 }), STATE_WAIT)
  })

  it('refuses a typed count out of range next to the counter, without saving the rest', async () => {
    const { j, callId, form, ui } = await openDebrief(async (jj, id) => {
      await jj.api.debriefs.save({ callId: id, debrief: { actualRole: 'technical_expert', lesson: 'Old lesson' } })
    })
    fireEvent.change(ui.getByRole('textbox', { name: 'The lesson' }), { target: { value: 'New lesson' } })
    const asks = ui.getByRole('spinbutton', { name: 'Questions you asked' })
    fireEvent.change(asks, { target: { value: '1500' } })
    await waitFor(() => expect(form.querySelector('.save-indicator__text')?.textContent).toBe('Fix the highlighted field to save'), STATE_WAIT)
    expect(asks.getAttribute('aria-invalid')).toBe('true')
    expect(ui.getByText('A count above 999 is not plausible for one conversation')).toBeTruthy()
    expect(j.debriefs.get(callId)?.lesson).toBe('Old lesson')
  })

  it('calls the lesson "the lesson from the no" when the deal was lost', async () => {
    const { ui } = await openDebrief()
    expect(ui.getByRole('textbox', { name: 'The lesson' })).toBeTruthy()
    fireEvent.click(within(ui.getByRole('group', { name: 'How the call ended' })).getByRole('radio', { name: 'Lost' }))
    expect(ui.getByRole('textbox', { name: 'The lesson from the no' })).toBeTruthy()
    expect(ui.queryByRole('textbox', { name: 'The lesson' })).toBeNull()
  })

  it('asks whether the planned skill was seen only when the plan named one, and compares plan with actual', async () => {
    const none = await openDebrief()
    expect(none.ui.queryByRole('group', { name: /skill you set out to observe/ })).toBeNull()
    cleanup()

    const { j, callId, ui } = await openDebrief(withPlan)
    const group = ui.getByRole('group', { name: /skill you set out to observe/ })
    expect(group.textContent).toContain('Asking for the next step')
    fireEvent.click(ui.getByRole('radio', { name: 'Crutch' }))
    fireEvent.click(within(group).getByRole('radio', { name: 'Yes' }))

    const comparison = screen.getByRole('region', { name: 'Planned → actual' })
    expect(comparison.textContent).toContain('Technical expert → Crutch')
    expect(comparison.textContent).toContain('Slipped into a rescue')
    expect(comparison.textContent).toContain('30% chance → you took over')
    expect(comparison.textContent).toContain('Asking for the next step → seen done well')
    await waitFor(() => expect(j.debriefs.get(callId)).toMatchObject({ skillObserved: true }), STATE_WAIT)

    fireEvent.click(within(group).getByRole('radio', { name: 'Not sure' }))
    await waitFor(() => expect(j.debriefs.get(callId)?.skillObserved).toBeNull(), STATE_WAIT)
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Not sure' }).checked).toBe(true)
  })

  it('marks the planned role among the actual-role cards and places the rep’s assessment before the manager’s', async () => {
    const { ui } = await openDebrief(withPlan)
    expect(ui.getByRole('radio', { name: 'Technical expert' }).closest('.role-card')?.textContent).toContain('Planned')
    const rep = ui.getByRole('textbox', { name: 'The rep’s own assessment' })
    const rootCause = ui.getByRole('group', { name: /What is really holding the rep back/ })
    expect(rep.compareDocumentPosition(rootCause) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('offers the root cause as three pairs plus other, with a way to clear it', async () => {
    const { j, callId, ui } = await openDebrief()
    fireEvent.click(ui.getByRole('radio', { name: 'Depth and breadth' }))
    const group = ui.getByRole('group', { name: /What is really holding the rep back/ })
    const pairs = group.querySelectorAll('.pair')
    expect([...pairs].map((p) => p.textContent)).toEqual([
      'ConfidenceorCompetence',
      'Doesn’t know what to askorAfraid of being stumped'.replace('’', "'"),
      'Messaging (what is said)orDelivery (how it is said)',
      'Other',
    ])
    fireEvent.click(within(group).getByRole('radio', { name: 'Afraid of being stumped' }))
    await waitFor(() => expect(j.debriefs.get(callId)?.rootCause).toBe('fear_of_stump'), STATE_WAIT)
    fireEvent.click(within(group).getByRole('button', { name: 'Clear the root cause' }))
    await waitFor(() => expect(j.debriefs.get(callId)?.rootCause).toBeNull(), STATE_WAIT)
  })

  it('marks the private notes as never printed or shared', async () => {
    const { ui } = await openDebrief()
    const privateBox = ui.getByRole('textbox', { name: 'Private notes' })
    const described = (privateBox.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent)
    expect(described.join(' ')).toContain('never printed or shared')
    expect(privateBox.closest('.rte')?.classList.contains('rte--private')).toBe(true)
  })

  it('starts the repetitions at 3 and saves the skill to drill with its drill type', async () => {
    const { j, callId, ui } = await openDebrief()
    expect(ui.getByRole<HTMLInputElement>('spinbutton', { name: 'Repetitions' }).value).toBe('3')
    fireEvent.click(ui.getByRole('radio', { name: 'Visiting dignitary' }))
    fireEvent.change(ui.getByRole('textbox', { name: 'One skill to drill' }), { target: { value: 'Holding silence' } })
    fireEvent.click(within(ui.getByRole('group', { name: 'How to practise it' })).getByRole('radio', { name: 'Role play' }))
    await waitFor(() => expect(j.debriefs.get(callId)).toMatchObject({ skillToDrill: 'Holding silence', drillType: 'role_play', drillReps: 3 }), STATE_WAIT)
  })
})
