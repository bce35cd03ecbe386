import '../../helpers/cleanup'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderApp } from '../../helpers/renderApp'
import { briefsJournal } from './briefsJournal'
import { STATE_WAIT } from '../../../../helpers/waitBound'

async function openPrebrief(setup?: (j: Awaited<ReturnType<typeof briefsJournal>>, callId: string) => Promise<void> | void) {
  const j = await briefsJournal()
  const callId = await j.addCall({ dealValue: 42000 })
  await setup?.(j, callId)
  renderApp(j.api, `/calls/${callId}/prebrief`)
  const form = await screen.findByRole('form', { name: 'Pre-brief' })
  return { j, callId, form, ui: within(form) }
}

function status(form: HTMLElement) {
  return form.querySelector('.save-indicator__text')?.textContent
}

describe('the pre-brief editor', () => {
  it('saves nothing until a role is picked, then saves everything already typed', async () => {
    const { j, callId, form, ui } = await openPrebrief()
    expect(status(form)).toBe('Saved once you pick your role')
    fireEvent.change(ui.getByRole('textbox', { name: 'Objective' }), { target: { value: 'Agree on the pilot scope' } })
    await act(() => new Promise((r) => setTimeout(r, 800)))
    expect(j.saves('prebriefs.save')).toHaveLength(0)
    expect(ui.getByText(/saved the moment you pick one/)).toBeTruthy()

    fireEvent.click(ui.getByRole('radio', { name: 'Depth and breadth' }))
    await waitFor(() => expect(j.prebriefs.get(callId)).toMatchObject({ plannedRole: 'depth_and_breadth', objective: 'Agree on the pilot scope' }), STATE_WAIT)
    await waitFor(() => expect(status(form)).toBe('Saved'))
  })

  it('offers the crutch as a role, flagged as a rescue with a warning when chosen', async () => {
    const { ui } = await openPrebrief()
    const crutch = ui.getByRole('radio', { name: 'Crutch' })
    expect(crutch.closest('.role-card')?.textContent).toContain('Rescue')
    expect(ui.queryByText('You are planning a rescue.')).toBeNull()
    fireEvent.click(crutch)
    expect(ui.getByText('You are planning a rescue.')).toBeTruthy()
  })

  it('prefills the skill to observe from the rep’s open skill, saying which debrief it came from', async () => {
    const { ui } = await openPrebrief(async (j) => {
      const earlier = await j.addCall({ date: '2026-10-20', account: 'Globex' })
      j.setNextSkillFocus({ skill: 'Holding silence after the price', fromCallId: earlier })
    })
    const skill = ui.getByRole<HTMLInputElement>('textbox', { name: 'Skill to observe' })
    expect(skill.value).toBe('Holding silence after the price')
    const link = await ui.findByRole('link', { name: /the debrief of Tue, Oct 20, 2026/ })
    expect(link.getAttribute('href')).toMatch(/\/calls\/c\d+\/debrief$/)
    fireEvent.change(skill, { target: { value: 'Asking for the next step' } })
    expect(ui.queryByRole('link', { name: /the debrief of/ })).toBeNull()
  })

  it('does not replace the skill of an existing pre-brief with the suggestion', async () => {
    const { ui } = await openPrebrief(async (j, callId) => {
      j.setNextSkillFocus({ skill: 'Holding silence', fromCallId: null })
      await j.api.prebriefs.save({ callId, prebrief: { plannedRole: 'technical_expert', skillFocus: null } })
    })
    expect(ui.getByRole<HTMLInputElement>('textbox', { name: 'Skill to observe' }).value).toBe('')
  })

  it('overrides the derived stakes on the call, and "Automatic" clears the override', async () => {
    const { j, callId, ui } = await openPrebrief(async (jj) => {
      await jj.setThreshold(100000)
    })
    const group = ui.getByRole('group', { name: 'Stakes of this call' })
    const automatic = within(group).getByRole<HTMLInputElement>('radio', { name: 'Automatic (sidewalk)' })
    expect(automatic.checked).toBe(true)
    expect(group.textContent).toContain('below your interstate line')

    fireEvent.click(within(group).getByRole('radio', { name: 'Interstate' }))
    await waitFor(() => expect(j.journal.calls.find((c) => c.id === callId)?.stakes).toBe('interstate'))
    await waitFor(() => expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Interstate' }).checked).toBe(true))
    expect(group.textContent).toContain('Set by you.')

    fireEvent.click(within(group).getByRole('radio', { name: 'Automatic (sidewalk)' }))
    await waitFor(() => expect(j.journal.calls.find((c) => c.id === callId)?.stakes).toBeNull())
    expect(j.journal.log.filter((e) => e.channel === 'calls.update').map((e) => e.input)).toEqual([
      { id: callId, stakes: 'interstate' },
      { id: callId, stakes: null },
    ])
  })

  it('asks what silence would cost on a sidewalk call whose rule leaves room to take over', async () => {
    const { ui } = await openPrebrief()
    const note = () => ui.queryByRole('note', { name: 'A question before the call' })
    expect(note()).not.toBeNull()
    const rule = ui.getByRole('textbox', { name: 'Your intervention rule' })
    fireEvent.change(rule, { target: { value: 'Only if legal terms come up' } })
    expect(note()).toBeNull()
    fireEvent.change(rule, { target: { value: 'I will step in if needed' } })
    expect(note()?.textContent).toContain('What would happen if you said nothing?')
    fireEvent.click(ui.getByRole('button', { name: 'Got it, hide this' }))
    expect(note()).toBeNull()
  })

  it('does not ask on an interstate call', async () => {
    const { ui } = await openPrebrief(async (j, callId) => {
      await j.api.calls.update({ id: callId, stakes: 'interstate' })
    })
    expect(ui.queryByRole('note', { name: 'A question before the call' })).toBeNull()
  })

  it('reorders questions with Alt+arrows and with buttons, keeping the focus on the moved question', async () => {
    const { j, callId, ui } = await openPrebrief(async (jj, id) => {
      await jj.api.prebriefs.save({ callId: id, prebrief: { plannedRole: 'technical_expert', questions: ['First', 'Second', 'Third'] } })
    })
    const group = ui.getByRole('group', { name: /^Questions the rep plans to ask/ })
    const values = () => within(group).getAllByRole<HTMLInputElement>('textbox').map((i) => i.value)
    expect(values()).toEqual(['First', 'Second', 'Third'])

    const third = within(group).getAllByRole<HTMLInputElement>('textbox')[2]
    if (!third) throw new Error('three questions expected')
    third.focus()
    fireEvent.keyDown(third, { key: 'ArrowUp', altKey: true })
    expect(values()).toEqual(['First', 'Third', 'Second'])
    await waitFor(() => expect((document.activeElement as HTMLInputElement).value).toBe('Third'))
    expect(within(group).getByRole('status').textContent).toBe('Question moved to position 2 of 3')

    // Without Alt the arrows do nothing to the order.
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'ArrowUp' })
    expect(values()).toEqual(['First', 'Third', 'Second'])

    fireEvent.click(within(group).getByRole('button', { name: 'Move question 1 down' }))
    expect(values()).toEqual(['Third', 'First', 'Second'])
    expect(within(group).getByRole<HTMLButtonElement>('button', { name: 'Move question 1 up' }).disabled).toBe(true)
    fireEvent.click(within(group).getByRole('button', { name: 'Remove question 3' }))
    expect(values()).toEqual(['Third', 'First'])

    await waitFor(() => expect(j.prebriefs.get(callId)?.questions).toEqual(['Third', 'First']), STATE_WAIT)
  })

  it('adds a question with the button and with Enter, and blank ones are not saved', async () => {
    const { j, callId, ui } = await openPrebrief()
    fireEvent.click(ui.getByRole('radio', { name: 'Technical expert' }))
    const group = ui.getByRole('group', { name: /^Questions the rep plans to ask/ })
    fireEvent.click(within(group).getByRole('button', { name: 'Add a question' }))
    const first = within(group).getByRole('textbox', { name: 'Question 1' })
    await waitFor(() => expect(document.activeElement).toBe(first))
    fireEvent.change(first, { target: { value: 'What happens if you wait?' } })
    fireEvent.keyDown(first, { key: 'Enter' })
    await waitFor(() => expect(document.activeElement).toBe(within(group).getByRole('textbox', { name: 'Question 2' })))
    await waitFor(() => expect(j.prebriefs.get(callId)?.questions).toEqual(['What happens if you wait?']), STATE_WAIT)
  })

  it('shows the core’s complaint about a takeover chance of 150 next to it, and saves nothing of that edit', async () => {
    const { j, callId, form, ui } = await openPrebrief(async (jj, id) => {
      await jj.api.prebriefs.save({ callId: id, prebrief: { plannedRole: 'technical_expert', takeoverRisk: 30, objective: 'Old' } })
    })
    fireEvent.change(ui.getByRole('textbox', { name: 'Objective' }), { target: { value: 'New objective' } })
    const number = ui.getByRole('spinbutton', { name: 'Chance you take over (%)' })
    fireEvent.change(number, { target: { value: '150' } })
    await waitFor(() => expect(status(form)).toBe('Fix the highlighted field to save'), STATE_WAIT)
    expect(number.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(number.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '')?.textContent).toBe('Use a number from 0 to 100')
    expect(j.prebriefs.get(callId)).toMatchObject({ takeoverRisk: 30, objective: 'Old' })

    const sentBefore = j.saves('prebriefs.save').length
    await act(() => new Promise((r) => setTimeout(r, 1500)))
    expect(j.saves('prebriefs.save')).toHaveLength(sentBefore)

    fireEvent.change(number, { target: { value: '40' } })
    await waitFor(() => expect(j.prebriefs.get(callId)).toMatchObject({ takeoverRisk: 40, objective: 'New objective' }), STATE_WAIT)
    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBeNull())
  })

  it('moves the slider and the number box together', async () => {
    const { ui } = await openPrebrief()
    const slider = ui.getByRole<HTMLInputElement>('slider', { name: /Chance you take over/ })
    const number = ui.getByRole<HTMLInputElement>('spinbutton', { name: 'Chance you take over (%)' })
    expect(slider.getAttribute('aria-valuetext')).toBe('Not estimated')
    fireEvent.change(slider, { target: { value: '35' } })
    expect(number.value).toBe('35')
    fireEvent.change(number, { target: { value: '70' } })
    expect(slider.value).toBe('70')
    expect(slider.getAttribute('aria-valuetext')).toBe('70 percent')
  })

  it('records who leads each part', async () => {
    const { j, callId, ui } = await openPrebrief()
    fireEvent.click(ui.getByRole('radio', { name: 'Visiting dignitary' }))
    fireEvent.click(within(ui.getByRole('group', { name: 'Objections' })).getByRole('radio', { name: 'Together' }))
    fireEvent.click(within(ui.getByRole('group', { name: 'Opening' })).getByRole('radio', { name: 'Rep' }))
    fireEvent.click(within(ui.getByRole('group', { name: 'Why you are going' })).getByRole('radio', { name: /training/ }))
    await waitFor(() => expect(j.prebriefs.get(callId)).toMatchObject({ leads: { objections: 'together', opening: 'rep' }, purpose: 'training' }), STATE_WAIT)
  })
})
