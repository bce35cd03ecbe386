import type { SkillProgress } from '../../shared/skills'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { RepScreen } from './pages/RepScreen'
import { RepsScreen } from './pages/RepsScreen'
import { expectNoAxeViolationsLightAndDark, resizeWindow, WINDOW_SIZES } from './support/axe'
import { addSession, dayFromToday, seedCoachingJournal } from './support/coachingJournal'
import { screenshotFor } from './support/screenshot'

const SKILL = 'Holding silence after pricing'

test.describe('the rep page', () => {
  test('shows the open skills, the lessons from lost deals, root causes and the timeline', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const rep = new RepScreen(page, 'Dana Ortiz')
    await app.open(`/reps/${data.dana.id}`)
    await expect(rep.heading).toHaveText('Dana Ortiz')
    await expect(page.getByText('Account Executive · Started')).toBeVisible()

    await expect(rep.openSkills).toContainText(SKILL)
    await expect(rep.skill(SKILL)).toContainText('1 of 3 repetitions')
    await expect(rep.skill(SKILL)).toContainText('Role play')
    await expect(rep.lessons).toContainText('Qualify the budget before the demo, not after')
    await expect(rep.lessons.getByRole('link', { name: 'Globex — Fleet tracking' })).toHaveAttribute('href', `#/calls/${data.lost.id}`)
    await expect(rep.rootCauses.getByRole('row', { name: /Confidence/ })).toContainText('1')
    await expect(rep.rootCauses.getByRole('row', { name: /know what to ask/ })).toContainText('1')

    await expect(rep.row('Acme Corp — Fleet renewal')).toContainText('Technical expert')
    await expect(rep.row('Acme Corp — Fleet renewal')).toContainText('Crutch (rescue)')
    await expect(rep.row('Acme Corp — Fleet renewal')).toContainText('Advanced')
    await expect(rep.row('Role play — Holding silence after pricing')).toContainText('20 min')
    const order = await rep.timeline.locator('tbody th a').allInnerTexts()
    expect(order).toEqual([
      'Northwind Traders — Warehouse rollout',
      'Role play — Holding silence after pricing',
      'Acme Corp — Fleet renewal',
      'Globex — Fleet tracking',
    ])
    await rep.row('Globex — Fleet tracking').getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.lost.id}$`))
  })

  test('walks a skill to mastery: sessions and a call seen done well count, then it is marked mastered and back', async ({ page, server, journal }) => {
    // The whole walk with four axe checks (two sizes, two schemes): more than one screen's worth.
    test.setTimeout(60_000)
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const rep = new RepScreen(page, 'Dana Ortiz')
    await app.open(`/reps/${data.dana.id}`)
    await expect(rep.skill(SKILL)).toContainText('1 of 3 repetitions')

    // A drill on the skill and a call that set out to observe it and saw it done: two more repetitions.
    await addSession(journal, { repId: data.dana.id, date: dayFromToday(0), kind: 'drill', skill: 'holding silence AFTER pricing' })
    const later = await journal.addCall({ repId: data.dana.id, date: dayFromToday(0), account: 'Umbrella', dealValue: 30000 })
    await journal.savePrebrief({ callId: later.id, prebrief: { plannedRole: 'visiting_dignitary', skillFocus: SKILL } })
    await journal.saveDebrief({ callId: later.id, debrief: { actualRole: 'visiting_dignitary', outcome: 'won', skillObserved: true } })
    await app.reload()
    await expect(rep.row('Umbrella')).toBeVisible()
    await expect(rep.skill(SKILL)).toContainText('3 of 3 repetitions — ready to judge')

    // The target, by keyboard: the form opens focused, Enter saves.
    await rep.skill(SKILL).getByRole('button', { name: `Change target of ${SKILL}` }).press('Enter')
    await expect(page.getByLabel('Repetitions to reach')).toBeFocused()
    await page.getByLabel('Repetitions to reach').fill('4')
    await page.keyboard.press('Enter')
    await expect(rep.skill(SKILL)).toContainText('3 of 4 repetitions')

    await rep.skill(SKILL).getByRole('button', { name: `Mastered: ${SKILL}` }).click()
    await expect(rep.openSkills).toContainText('Nothing open')
    const closed = rep.openSkills.getByRole('group').filter({ hasText: 'Mastered or dropped' })
    await closed.getByText('Mastered or dropped').click()
    await expect(rep.skill(SKILL)).toContainText(/Mastered on .* 3 of 4 repetitions/)
    await screenshotFor(page, 'skills-mastered')
    for (const size of WINDOW_SIZES) {
      await resizeWindow(page, size)
      await expectNoAxeViolationsLightAndDark(page, `the rep page with a mastered skill at ${size.width}×${size.height}`)
    }

    // Reversible: open again, with its repetitions and target as they were.
    await rep.skill(SKILL).getByRole('button', { name: `Open again: ${SKILL}` }).click()
    await expect(rep.skill(SKILL)).toContainText('3 of 4 repetitions')
    await expect(rep.openSkills).not.toContainText('Mastered or dropped')
    expect((await journal.call<SkillProgress[]>('skills.list', { repId: data.dana.id }))[0]).toMatchObject({ status: 'open', target: 4, done: 3 })
  })

  test('keeps the list working, and edits and archives from the header', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    const rep = new RepScreen(page, 'Lee Park')
    await app.open('/reps')
    await reps.row('Lee Park').getByRole('link', { name: 'Lee Park' }).click()
    await expect(rep.heading).toHaveText('Lee Park')
    await expect(page.getByRole('button', { name: 'New call with Lee Park' })).toBeVisible()
    await page.getByRole('button', { name: 'Archive', exact: true }).click()
    await expect(page.getByText('Archived', { exact: true })).toBeVisible()
    await expect(page.getByRole('button', { name: 'New call with Lee Park' })).toBeHidden()
    await expect(page).toHaveURL(new RegExp(`#/reps/${data.lee.id}$`))
  })

  test('has no axe violations for a new rep, light and dark', async ({ page, server, journal }) => {
    await journal.connect()
    const fresh = await journal.addRep({ name: 'Sam Rivera' })
    const app = new AppShell(page, server)
    await app.open(`/reps/${fresh.id}`)
    await expect(page.getByRole('region', { name: 'Nothing recorded yet' })).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'a new rep')
  })
})
