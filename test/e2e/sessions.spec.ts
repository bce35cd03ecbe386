import type { CoachingSession } from '../../shared/entities'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { RepScreen } from './pages/RepScreen'
import { SessionsScreen } from './pages/SessionsScreen'
import { expectNoAxeViolationsLightAndDark } from './support/axe'
import { addSession, dayFromToday, seedCoachingJournal } from './support/coachingJournal'
import { screenshotFor } from './support/screenshot'
import { InsightsScreen } from './pages/InsightsScreen'

test.describe('coaching sessions', () => {
  test('log a session from the rep page and see it on the timeline', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const rep = new RepScreen(page, 'Dana Ortiz')
    const sessions = new SessionsScreen(page)
    await app.open(`/reps/${data.dana.id}`)
    await rep.logSession.click()
    await expect(sessions.dialog.getByLabel('Rep', { exact: true }), 'the rep of the page is chosen').toHaveValue(data.dana.id)

    // The rep's open skill is offered as the subject.
    await sessions.dialog.getByRole('button', { name: /Use it/ }).click()
    await expect(sessions.dialog.getByLabel(/^Skill worked on/)).toHaveValue('Holding silence after pricing')
    await sessions.log({ kind: 'drill', minutes: '15', notes: 'Five pauses in a row, timed.' })
    await expect(app.notices).toContainText('Logged a drill with Dana Ortiz')

    const row = rep.row('Drill — Holding silence after pricing')
    await expect(row).toContainText('15 min')
    await row.getByRole('link').click()
    await expect(sessions.heading).toHaveText('Drill — Holding silence after pricing')
    await expect(page.getByRole('textbox', { name: 'Notes' })).toContainText('Five pauses in a row, timed.')
  })

  test('edits save themselves; a wrong value is shown and not saved', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const sessions = new SessionsScreen(page)
    await app.open(`/sessions/${data.session.id}`)
    const minutes = page.getByLabel(/^Minutes/)
    await expect(minutes).toHaveValue('20')

    await minutes.fill('half an hour')
    await expect(page.getByText('Enter whole minutes, such as 20')).toBeVisible()
    await expect(minutes).toHaveAttribute('aria-invalid', 'true')
    await expect(sessions.saveStatus).toHaveText('Fix the highlighted field to save')

    await minutes.fill('35')
    await page.getByRole('radio', { name: /^One-on-one/ }).check()
    await expect(sessions.saveStatus).toHaveText('Saved')
    await app.reload()
    await expect(page.getByLabel(/^Minutes/)).toHaveValue('35')
    await expect(page.getByRole('radio', { name: /^One-on-one/ })).toBeChecked()
  })

  test('a one-on-one records the ask/tell of a challenge and its root cause, and Insights shows it beside the calls', async ({ page, server, journal }) => {
    // Two screens (the session, then Insights with its charts) and an axe check in both schemes.
    test.setTimeout(60_000)
    const data = await seedCoachingJournal(journal)
    const oneOnOne = await addSession(journal, { repId: data.lee.id, date: dayFromToday(-4), kind: 'one_on_one', minutes: 30 })
    const app = new AppShell(page, server)
    const sessions = new SessionsScreen(page)
    await app.open(`/sessions/${oneOnOne.id}`)
    const talk = page.getByRole('region', { name: 'A challenge the rep brought' })

    // By keyboard, a tap per question asked back and per thing told.
    const asked = talk.getByRole('button', { name: 'One more question asked' })
    await asked.focus()
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter')
    await talk.getByRole('button', { name: 'One more thing told' }).press('Space')
    await expect(talk.getByRole('status')).toContainText('Asking share: 75% (3 of 4)')
    await talk.getByRole('radio', { name: 'Afraid of being stumped' }).check()
    await talk.getByLabel('What points to it').fill('Asked me what to say if the CFO asks about payback')
    await talk.getByLabel('What points to it').blur()
    await expect(sessions.saveStatus).toHaveText('Saved')
    await screenshotFor(page, 'session-challenge')
    await expectNoAxeViolationsLightAndDark(page, 'a one-on-one with its challenge')
    expect(await journal.call<CoachingSession[]>('sessions.list', { repId: data.lee.id })).toMatchObject([
      { asks: 3, tells: 1, rootCause: 'fear_of_stump', rootCauseNote: 'Asked me what to say if the CFO asks about payback' },
    ])

    // Insights draws it as a series of its own; the calls' ask share keeps its meaning (no tallies there).
    const insights = new InsightsScreen(page)
    await app.open('/insights?period=90d')
    const card = insights.card('Asking rather than telling')
    await expect(card).toContainText('75% in coaching sessions (1 with a tally)')
    await expect(card).toContainText('– ask share in debriefs of calls')
    const table = await insights.openTable('Asking rather than telling')
    await expect(table.getByRole('columnheader', { name: 'Coaching sessions' })).toBeVisible()
    expect((await insights.rows(table)).filter((row) => row[2] !== '–')).toEqual([[expect.any(String), '–', '75%']])
  })

  test('the Sessions screen lists every rep’s sessions, filters by rep, and deletes one after asking', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    await addSession(journal, { repId: data.lee.id, date: dayFromToday(-4), kind: 'one_on_one', minutes: 30 })
    const app = new AppShell(page, server)
    const sessions = new SessionsScreen(page)
    await app.open('/')
    await app.nav.getByRole('link', { name: 'Sessions', exact: true }).click()
    await expect(sessions.heading).toHaveText('Coaching sessions')
    await expect(sessions.table.locator('tbody tr')).toHaveCount(2)
    await expect(page.getByText('2 sessions, 50 min in all')).toBeVisible()

    await page.getByLabel('Rep', { exact: true }).selectOption({ label: 'Lee Park' })
    await expect(page.getByRole('table', { name: 'Coaching sessions with Lee Park, newest first' }).locator('tbody tr')).toHaveCount(1)
    await expect(page).toHaveURL(new RegExp(`\\?rep=${data.lee.id}#/sessions$`))

    await sessions.row('One-on-one').getByRole('link').click()
    await page.getByRole('button', { name: 'Delete session' }).click()
    await page.getByRole('dialog', { name: 'Delete this session?' }).getByRole('button', { name: 'Delete session' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lee Park')
    await app.open('/sessions')
    await expect(sessions.table.locator('tbody tr')).toHaveCount(1)
  })

  test('has no axe violations when empty, light and dark', async ({ page, server, journal }) => {
    const app = new AppShell(page, server)
    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    await app.open('/sessions')
    await expect(page.getByRole('region', { name: 'No coaching sessions yet' })).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'no sessions')
  })

  test('has no axe violations when filled and with the log dialog open, light and dark', async ({ page, server, journal }) => {
    await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const sessions = new SessionsScreen(page)
    await app.open('/sessions')
    await expect(sessions.table).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'the sessions')
    await page.getByRole('button', { name: 'Log session' }).click()
    await expect(sessions.dialog).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'the log dialog')
  })
})
