import type { Locator, Page } from '@playwright/test'
import type { CallDetail } from '../../shared/entities'
import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { DebriefScreen, PrebriefScreen, SAVE_TEXT } from './pages/BriefsScreen'
import { expectNoAxeViolationsLightAndDark as expectNoViolations, resizeWindow } from './support/axe'
import { clickToType } from './support/richText'

/** The few browser globals the page-side callbacks use (the e2e project has no DOM types). */
type PageGlobals = {
  document: { activeElement: unknown }
  DataTransfer: new () => { setData: (type: string, data: string) => void }
  ClipboardEvent: new (type: string, init: Record<string, unknown>) => unknown
}
type Dispatcher = { dispatchEvent: (event: unknown) => boolean }

async function aCall(journal: JournalApi, fields: { dealValue?: number; date?: string; account?: string } = {}) {
  await journal.connect()
  const reps = await journal.call<Array<{ id: string; name: string }>>('reps.list', {})
  const rep = reps.find((r) => r.name === 'Dana Ortiz') ?? (await journal.addRep({ name: 'Dana Ortiz' }))
  const call = await journal.addCall({
    repId: rep.id,
    date: fields.date ?? '2026-11-02',
    account: fields.account ?? 'Acme Corp',
    opportunity: 'Fleet renewal',
    dealValue: fields.dealValue ?? 42000,
    stage: 'proposal',
  })
  return { repId: rep.id, callId: call.id }
}

/** A call planned as a rescue and debriefed as a lost one: every conditional part of both forms shows. */
async function aFilledCall(journal: JournalApi) {
  const ids = await aCall(journal)
  await journal.savePrebrief({
    callId: ids.callId,
    prebrief: {
      plannedRole: 'crutch',
      purpose: 'team',
      objective: 'Agree on the pilot scope',
      nextStep: 'Pilot kickoff date',
      leads: { opening: 'rep', discovery: 'manager', presenting: 'together' },
      questions: ['Why now?', 'Who signs?'],
      interventionRule: 'Step in if needed',
      takeoverRisk: 60,
      skillFocus: 'Asking for the next step',
      notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bring the pilot terms.' }] }] },
    },
  })
  await journal.saveDebrief({
    callId: ids.callId,
    debrief: {
      actualRole: 'crutch',
      outcome: 'lost',
      rescueInitiator: 'customer',
      rescueFear: 'big_logo',
      asks: 3,
      tells: 7,
      rootCause: 'fear_of_stump',
      lesson: 'Let the rep hold the silence',
      skillObserved: false,
      skillToDrill: 'Handling the price question',
      drillType: 'drill',
      drillReps: 3,
    },
  })
  return ids
}

const getCall = (journal: JournalApi, id: string) => journal.call<CallDetail>('calls.get', { id })

/** Presses Tab until `target` has the focus (at most `max` times): how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el: unknown) => el === (globalThis as unknown as PageGlobals).document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test.describe('the coaching loop', () => {
  test('plan a call, debrief it as a rescue, and find the skill to drill on the rep page and in the next plan', async ({
    page,
    server,
    journal,
  }) => {
    // A whole journey through three screens: longer than the default budget on a busy machine.
    test.setTimeout(90_000)
    await journal.connect()
    await journal.updateSettings({ interstateThreshold: 100000 })
    const { repId, callId } = await aCall(journal)
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)

    // Reach the plan from the call's page.
    await app.open(`/calls/${callId}`)
    await page.getByRole('link', { name: 'Plan this call' }).click()
    await expect(plan.form).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`#/calls/${callId}/prebrief$`))
    await expect(plan.saveStatus).toHaveText('Saved once you pick your role')

    await plan.textbox('Objective').fill('Agree on the pilot scope')
    await plan.role('Technical expert').check()
    await plan.choice('Why you are going', "The rep's development (training)").check()
    await plan.textbox('The next step the customer agrees to').fill('Pilot kickoff date on the calendar')
    await plan.lead('Opening', 'Rep').check()
    await plan.lead('Presenting', 'Together').check()
    await plan.addQuestion('What happens if you do nothing this quarter?')
    await plan.addQuestion('Who else weighs in?')
    await expect(plan.silencePrompt).toBeVisible()
    await plan.textbox('Your intervention rule').fill('Only if pricing terms outside policy come up')
    await expect(plan.silencePrompt).toBeHidden()
    await plan.takeoverNumber.fill('30')
    await plan.textbox('Skill to observe').fill('Asking for the next step')
    await plan.expectSaved()

    const planned = (await getCall(journal, callId)).prebrief
    expect(planned).toMatchObject({
      plannedRole: 'technical_expert',
      purpose: 'training',
      objective: 'Agree on the pilot scope',
      nextStep: 'Pilot kickoff date on the calendar',
      leads: { opening: 'rep', presenting: 'together' },
      questions: ['What happens if you do nothing this quarter?', 'Who else weighs in?'],
      interventionRule: 'Only if pricing terms outside policy come up',
      takeoverRisk: 30,
      skillFocus: 'Asking for the next step',
    })

    // The debrief, with the plan beside it.
    const debrief = new DebriefScreen(page)
    await page.getByRole('navigation', { name: 'Call sections' }).getByRole('link', { name: /^Debrief/ }).click()
    await expect(debrief.form).toBeVisible()
    await expect(debrief.plan).toContainText('Agree on the pilot scope')
    await expect(debrief.form.getByRole('group', { name: 'Who started the takeover?' })).toHaveCount(0)

    await debrief.choice('How the call ended', 'Advanced (a concrete next step)').check()
    await debrief.role('Crutch').check()
    await expect(debrief.comparison).toContainText('Technical expert → Crutch')
    await expect(debrief.comparison).toContainText('Slipped into a rescue')
    await expect(debrief.comparison).toContainText('30% chance → you took over')
    await debrief.choice('Who started the takeover?', 'I stepped in').check()
    await debrief.choice('The fear behind it', 'Pressure to make the quarter').check()
    for (let i = 0; i < 4; i++) await debrief.tap('One more question asked').click()
    for (let i = 0; i < 6; i++) await debrief.tap('One more thing told').click()
    await expect(debrief.asks).toHaveValue('4')
    await expect(debrief.tells).toHaveValue('6')
    await expect(debrief.form).toContainText('Asking share: 40%')
    await debrief.choice(/skill you set out to observe/, 'No').check()
    await clickToType(debrief.richText('The rep’s own assessment'))
    await page.keyboard.type('I lost my nerve after the price.')
    await debrief.textbox('One skill to drill').fill('Holding silence after the price')
    await debrief.choice('How to practise it', 'Role play').check()
    await debrief.form.getByRole('spinbutton', { name: 'Repetitions' }).fill('4')
    await debrief.expectSaved()

    expect((await getCall(journal, callId)).debrief).toMatchObject({
      actualRole: 'crutch',
      outcome: 'advanced',
      rescueInitiator: 'me',
      rescueFear: 'quarter_pressure',
      asks: 4,
      tells: 6,
      skillObserved: false,
      skillToDrill: 'Holding silence after the price',
      drillType: 'role_play',
      drillReps: 4,
    })

    // The skill to drill is open on the rep's page…
    await app.open(`/reps/${repId}`)
    await expect(page.getByRole('region', { name: 'Open skills to drill' })).toContainText('Holding silence after the price')

    // …and the next plan for this rep sets out to observe it.
    const next = await aCall(journal, { date: '2026-11-09', account: 'Globex' })
    await plan.open(app, next.callId)
    await expect(plan.textbox('Skill to observe')).toHaveValue('Holding silence after the price')
    await expect(plan.form.getByRole('link', { name: /the debrief of Mon, Nov 2, 2026/ })).toBeVisible()
  })

  test('stakes: derived from the deal value, overridden on the plan, and back to automatic', async ({ page, server, journal }) => {
    await journal.connect()
    await journal.updateSettings({ interstateThreshold: 100000 })
    const { callId } = await aCall(journal, { dealValue: 250000 })
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)
    const stakes = plan.form.getByRole('group', { name: 'Stakes of this call' })
    await expect(stakes.getByRole('radio', { name: 'Automatic (interstate)' })).toBeChecked()
    await expect(plan.silencePrompt, 'no silence question on an interstate call').toBeHidden()

    await stakes.getByRole('radio', { name: 'Sidewalk', exact: true }).check()
    await expect.poll(async () => (await getCall(journal, callId)).call.stakes).toBe('sidewalk')
    await expect(plan.silencePrompt).toBeVisible()
    await expect(stakes).toContainText('Set by you.')

    await stakes.getByRole('radio', { name: 'Automatic (interstate)' }).check()
    await expect.poll(async () => (await getCall(journal, callId)).call.stakes).toBeNull()
    await expect(plan.silencePrompt).toBeHidden()
  })

  test('a takeover chance of 150 is refused next to the field, and nothing of the edit is saved', async ({ page, server, journal }) => {
    const { callId } = await aCall(journal)
    await journal.savePrebrief({ callId, prebrief: { plannedRole: 'visiting_dignitary', objective: 'Before', takeoverRisk: 20 } })
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)
    await plan.takeoverNumber.fill('150')
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.invalid)
    await expect(plan.takeoverNumber).toHaveAttribute('aria-invalid', 'true')
    await expect(plan.form.getByText('Use a number from 0 to 100')).toBeVisible()

    // While the chance is out of range, the record is refused whole: other edits wait with it.
    await plan.textbox('Objective').fill('After')
    await plan.textbox('Skill to observe').focus()
    await expect(plan.saveStatus).toHaveText(SAVE_TEXT.invalid)
    expect((await getCall(journal, callId)).prebrief).toMatchObject({ objective: 'Before', takeoverRisk: 20 })

    await plan.takeoverNumber.fill('45')
    await plan.expectSaved()
    expect((await getCall(journal, callId)).prebrief).toMatchObject({ objective: 'After', takeoverRisk: 45 })
  })

  test('pasted hostile HTML leaves nothing executable in the stored note', async ({ page, server, journal, pageProblems }) => {
    const { callId } = await aCall(journal)
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)
    await plan.role('Depth and breadth').check()
    await plan.expectSaved()

    const hostileHtml = [
      '<p>Before <script>window.__pwned = 1</script>after</p>',
      '<p><a href="javascript:window.__pwned=2">click me</a> and <a href="https://example.com" onclick="window.__pwned=3">a real link</a></p>',
      '<img src="x" onerror="window.__pwned=4"><p onmouseover="window.__pwned=5">hover text</p>',
      '<iframe src="javascript:alert(1)"></iframe><style>body{display:none}</style>',
    ].join('')
    const box = plan.richText('Notes')
    await box.click()
    await box.evaluate((el: unknown, html: string) => {
      const g = globalThis as unknown as PageGlobals
      const d = new g.DataTransfer()
      d.setData('text/html', html)
      d.setData('text/plain', 'fallback')
      ;(el as Dispatcher).dispatchEvent(new g.ClipboardEvent('paste', { clipboardData: d, bubbles: true, cancelable: true }))
    }, hostileHtml)
    await expect(box).toContainText('hover text')
    await plan.expectSaved()

    const stored = JSON.stringify((await getCall(journal, callId)).prebrief?.notes)
    expect(stored).toContain('a real link')
    expect(stored).toContain('https://example.com')
    expect(stored).not.toMatch(/javascript:/i)
    expect(stored).not.toMatch(/<script/i)
    expect(stored).not.toMatch(/\bon[a-z]+\s*=/i)
    expect(stored).not.toMatch(/"on[a-z]+"\s*:/i)
    expect(stored).not.toMatch(/iframe|<style|<img/i)
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined()
    await expect(box.locator('script, iframe, img, [onclick], [onerror], [onmouseover], a[href^="javascript"]')).toHaveCount(0)

    // The browser refuses the inline handlers of the pasted markup while it is parsed (inert, but
    // reported under the CSP). Exactly those reports are expected here; anything else still fails.
    await page.waitForTimeout(100)
    const inlineHandler = /^Executing inline event handler violates the following Content Security Policy directive 'script-src 'self''/
    const unexpected = pageProblems.filter((p) => !inlineHandler.test(p))
    pageProblems.splice(0, pageProblems.length, ...unexpected)
  })
})

test.describe('briefs have no axe violations, light and dark', () => {
  test('empty pre-brief and debrief', async ({ page, server, journal }) => {
    const { callId } = await aCall(journal)
    const app = new AppShell(page, server)
    await new PrebriefScreen(page).open(app, callId)
    await expectNoViolations(page, 'an empty pre-brief')
    await new DebriefScreen(page).open(app, callId)
    await expectNoViolations(page, 'an empty debrief')
  })

  test('a filled pre-brief', async ({ page, server, journal }) => {
    const { callId } = await aFilledCall(journal)
    const app = new AppShell(page, server)
    const plan = new PrebriefScreen(page)
    await plan.open(app, callId)
    await expect(plan.form.getByText('You are planning a rescue.')).toBeVisible()
    await expect(plan.silencePrompt).toBeVisible()
    await expectNoViolations(page, 'a filled pre-brief')
  })

  test('a filled debrief, side by side and stacked', async ({ page, server, journal }) => {
    const { callId } = await aFilledCall(journal)
    const app = new AppShell(page, server)
    const debrief = new DebriefScreen(page)
    await debrief.open(app, callId)
    await expect(debrief.form.getByRole('group', { name: 'Who started the takeover?' })).toBeVisible()
    await expect(debrief.textbox('The lesson from the no')).toHaveValue('Let the rep hold the silence')
    await expectNoViolations(page, 'a filled debrief')

    await resizeWindow(page, { width: 1024, height: 700 })
    await expect(debrief.plan.locator('details')).toBeVisible()
    await expectNoViolations(page, 'a filled debrief, stacked')
  })
})

test('keyboard only: a whole pre-brief from the call page', async ({ page, server, journal }) => {
  // Dozens of single key presses, each a round trip to the browser.
  test.setTimeout(90_000)
  const { callId } = await aCall(journal)
  const app = new AppShell(page, server)
  const plan = new PrebriefScreen(page)
  await app.open(`/calls/${callId}`)

  const planTab = page.getByRole('navigation', { name: 'Call sections' }).getByRole('link', { name: /^Plan/ })
  await tabTo(page, planTab)
  await page.keyboard.press('Enter')
  await expect(plan.form).toBeVisible()

  // The role: Tab into the radio cards, arrows to choose.
  await tabTo(page, plan.role('Visiting dignitary'))
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(plan.role('Technical expert')).toBeChecked()
  await expect(plan.role('Technical expert')).toBeFocused()

  await page.keyboard.press('Tab')
  await expect(plan.choice('Why you are going', 'The call needs me (team)')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(plan.choice('Why you are going', "The rep's development (training)")).toBeChecked()

  await tabTo(page, plan.textbox('Objective'), 5)
  await page.keyboard.type('Agree on the pilot scope')
  await page.keyboard.press('Tab')
  await expect(plan.textbox('The next step the customer agrees to')).toBeFocused()
  await page.keyboard.type('Pilot kickoff date')

  await page.keyboard.press('Tab')
  await expect(plan.lead('Opening', 'Rep')).toBeFocused()
  await page.keyboard.press('Space')
  await expect(plan.lead('Opening', 'Rep')).toBeChecked()
  await page.keyboard.press('Tab')
  await expect(plan.lead('Discovery', 'Rep')).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(plan.lead('Discovery', 'Me')).toBeChecked()

  const add = plan.questions.getByRole('button', { name: 'Add a question' })
  await tabTo(page, add, 6)
  await page.keyboard.press('Enter')
  await page.keyboard.type('Second in the end')
  await page.keyboard.press('Enter')
  await page.keyboard.type('First in the end')
  await page.keyboard.press('Alt+ArrowUp')
  expect(await plan.questionTexts()).toEqual(['First in the end', 'Second in the end'])
  await expect(plan.questionBoxes().first()).toBeFocused()
  await expect(plan.questions.getByRole('status')).toHaveText('Question moved to position 1 of 2')

  await tabTo(page, plan.textbox('Your intervention rule'), 12)
  await page.keyboard.type('Only if legal terms come up')
  await tabTo(page, plan.takeoverSlider, 3)
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  await expect(plan.takeoverNumber).toHaveValue('25')
  await page.keyboard.press('Tab')
  await expect(plan.takeoverNumber).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(plan.takeoverNumber).toHaveValue('26')

  await page.keyboard.press('Tab')
  await expect(plan.textbox('Skill to observe')).toBeFocused()
  await page.keyboard.type('Asking for the next step')
  await tabTo(page, plan.richText('Notes'), 20)
  await page.keyboard.type('Bring the pilot terms.')
  await plan.expectSaved()

  expect((await getCall(journal, callId)).prebrief).toMatchObject({
    plannedRole: 'technical_expert',
    purpose: 'training',
    objective: 'Agree on the pilot scope',
    nextStep: 'Pilot kickoff date',
    leads: { opening: 'rep', discovery: 'manager' },
    questions: ['First in the end', 'Second in the end'],
    interventionRule: 'Only if legal terms come up',
    takeoverRisk: 26,
    skillFocus: 'Asking for the next step',
    notes: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bring the pilot terms.' }] }] },
  })
})

test('keyboard only: the debrief role and the tap counters', async ({ page, server, journal }) => {
  test.setTimeout(60_000)
  const { callId } = await aCall(journal)
  const app = new AppShell(page, server)
  const debrief = new DebriefScreen(page)
  await app.open(`/calls/${callId}/debrief`)
  await expect(debrief.form).toBeVisible()

  await tabTo(page, debrief.role('Visiting dignitary'))
  await page.keyboard.press('ArrowLeft')
  await expect(debrief.role('Crutch')).toBeChecked()
  await expect(debrief.role('Crutch')).toBeFocused()

  // Taps by Enter and Space; at zero the button keeps the focus, so the next press is not lost.
  const more = debrief.tap('One more question asked')
  const fewer = debrief.tap('One question fewer')
  await tabTo(page, fewer)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(more).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Space')
  await expect(debrief.asks).toHaveValue('2')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(fewer).toBeFocused()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Enter')
  await expect(debrief.asks).toHaveValue('0')
  await expect(fewer).toBeFocused()
  await expect(fewer).toHaveAttribute('aria-disabled', 'true')
  await page.keyboard.press('Tab')
  await expect(debrief.asks).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(debrief.asks).toHaveValue('1')
  await debrief.expectSaved()
  expect((await getCall(journal, callId)).debrief).toMatchObject({ actualRole: 'crutch', asks: 1 })
})
