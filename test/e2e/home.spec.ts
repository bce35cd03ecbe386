import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { HomeScreen } from './pages/HomeScreen'
import { expectNoAxeViolationsLightAndDark } from './support/axe'
import { dayFromToday, seedCoachingJournal } from './support/coachingJournal'

test.describe('home', () => {
  test('lists an upcoming call without a plan and a debrief that is overdue, each a step away', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    // Both today, a few hours ago. Without a plan, a call today is still one to plan, and listed only there…
    await journal.addCall({ repId: data.lee.id, date: dayFromToday(0), time: '00:00', account: 'Hooli' })
    // …with one, it waits for its debrief (not late yet).
    const planned = await journal.addCall({ repId: data.lee.id, date: dayFromToday(0), time: '00:00', account: 'Umbrella' })
    await journal.savePrebrief({ callId: planned.id, prebrief: { plannedRole: 'visiting_dignitary' } })
    const app = new AppShell(page, server)
    const home = new HomeScreen(page)
    await app.open('/')

    const upcoming = home.upcoming('Northwind Traders — Warehouse rollout')
    await expect(upcoming).toContainText('Tomorrow')
    await expect(upcoming).toContainText('with Dana Ortiz')
    await expect(home.plan).toContainText('2 without a pre-brief')
    await expect(home.plan.getByRole('listitem').first(), 'soonest first').toContainText('Hooli')
    await expect(home.awaiting('Hooli'), 'listed once, to plan').toHaveCount(0)
    await expect(home.upcoming('Umbrella'), 'planned already').toHaveCount(0)

    const late = home.awaiting('Initech — Renewal')
    await expect(late).toContainText('Overdue')
    await expect(late).toContainText('Held 3 days ago')
    const fresh = home.awaiting('Umbrella')
    await expect(fresh).toBeVisible()
    await expect(fresh).not.toContainText('Overdue')
    await expect(home.debrief).toContainText('2 waiting, 1 overdue')
    await expect(home.debrief.getByRole('listitem').first(), 'newest first').toContainText('Umbrella')

    // The count of rescues this month, with the debriefed calls it is out of.
    const month = dayFromToday(0).slice(0, 7)
    const inMonth = (day: string) => day.startsWith(month)
    const rescues = [data.rescued.date].filter(inMonth).length
    const debriefed = [data.rescued.date, data.lost.date].filter(inMonth).length
    await expect(home.rescueCount).toContainText(String(rescues))
    await expect(home.rescueCount).toContainText(debriefed === 0 ? 'no calls debriefed' : `of ${debriefed} debriefed`)
    await expect(home.activity).toContainText('Role play — Holding silence after pricing')
    // Days read as the rest of the app writes them, never as stored.
    await expect(home.activity).toContainText(/session (today|yesterday|on [A-Z][a-z]{2} \d{1,2}, \d{4})/)
    await expect(home.activity).not.toContainText(/\d{4}-\d{2}-\d{2}/)

    await upcoming.getByRole('link', { name: /^Plan it/ }).click()
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.upcoming.id}/prebrief$`))
    await app.goTo('Home')
    await late.getByRole('link', { name: /^Debrief it/ }).click()
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.overdue.id}/debrief$`))
  })

  test('a journal without reps starts at the first steps; with reps, each empty list says what comes next', async ({ page, server, journal }) => {
    // Past the first-run lesson (test/e2e/firstrun.spec.ts walks it).
    await journal.call('firstRun.dismiss', {})
    const app = new AppShell(page, server)
    const home = new HomeScreen(page)
    await app.open('/')
    const start = page.getByRole('region', { name: 'Get started' })
    await expect(start).toContainText('Add your reps')
    await start.getByRole('button', { name: 'Add your first rep' }).click()
    await expect(page.getByRole('dialog', { name: 'Add a rep' })).toBeVisible()

    await journal.connect()
    await journal.addRep({ name: 'Dana Ortiz' })
    await app.reload()
    await expect(home.plan).toContainText('Every call coming up has a plan')
    await expect(home.debrief).toContainText('No call is waiting for a debrief')
    await expect(home.rescueCount).toContainText('no calls debriefed')
  })

  test('has no axe violations when empty, light and dark', async ({ page, server, journal }) => {
    await journal.call('firstRun.dismiss', {})
    const app = new AppShell(page, server)
    await app.open('/')
    await expect(page.getByRole('region', { name: 'Get started' })).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'the first steps')
  })
})
