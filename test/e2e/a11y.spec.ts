import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import type { JournalApi } from './journalApi'
import { AppShell } from './pages/AppShell'
import { CallsScreen } from './pages/CallsScreen'
import { CommandPalette } from './pages/CommandPalette'
import { RepsScreen } from './pages/RepsScreen'
import { expectNoAxeViolationsLightAndDark as expectNoViolations, resizeWindow, WINDOW_SIZES } from './support/axe'
import { note, seedCoachingJournal, type CoachingJournal } from './support/coachingJournal'

async function fill(journal: JournalApi): Promise<string> {
  await journal.connect()
  await journal.updateSettings({ interstateThreshold: 100000 })
  const dana = await journal.addRep({ name: 'Dana Ortiz', title: 'Account Executive', startedOn: '2025-02-03' })
  const lee = await journal.addRep({ name: 'Lee Park' })
  await journal.updateRep({ id: lee.id, archived: true })
  const call = await journal.addCall({
    repId: dana.id,
    date: '2026-11-02',
    time: '14:30',
    account: 'Acme Corp',
    opportunity: 'Fleet renewal',
    dealValue: 42000,
    stage: 'proposal',
  })
  await journal.savePrebrief({ callId: call.id, prebrief: { plannedRole: 'technical_expert', purpose: 'training' } })
  await journal.saveDebrief({ callId: call.id, debrief: { actualRole: 'crutch', outcome: 'advanced' } })
  const big = await journal.addCall({ repId: dana.id, date: '2026-11-10', account: 'Globex', dealValue: 400000 })
  await journal.addCall({ repId: lee.id, date: '2026-10-01', opportunity: 'Expansion' })
  await journal.call('calls.update', { id: big.id, cancelled: true })
  return call.id
}

test.describe('no axe violations, light and dark', () => {
  test('the screens of an empty journal: home, reps, calls, insights and settings', async ({ page, server }) => {
    const app = new AppShell(page, server)
    await app.open('/')
    await expectNoViolations(page, 'the empty home screen')

    await app.goTo('Reps')
    await expect(new RepsScreen(page).emptyState).toBeVisible()
    await expectNoViolations(page, 'the empty reps screen')

    await app.goTo('Calls')
    await expect(new CallsScreen(page).emptyState('Add your first rep')).toBeVisible()
    await expectNoViolations(page, 'the empty calls screen')

    await app.goTo('Insights')
    await expectNoViolations(page, 'the empty insights screen')
    await app.goTo('Settings')
    await expectNoViolations(page, 'the settings screen')
  })

  test('filled reps and calls screens and the new-call dialog', async ({ page, server, journal }) => {
    await fill(journal)
    const app = new AppShell(page, server)
    const reps = new RepsScreen(page)
    const calls = new CallsScreen(page)

    await app.open('/reps')
    await reps.showArchived.check()
    await expect(reps.row('Lee Park')).toContainText('Archived')
    await expectNoViolations(page, 'the reps screen')

    await app.goTo('Calls')
    await expect(calls.row('Acme Corp')).toContainText('Actual: Crutch (rescue)')
    await expect(calls.row('Globex')).toContainText('Cancelled')
    await expectNoViolations(page, 'the calls screen')

    await calls.newCallButton.click()
    await expect(calls.dialog).toBeVisible()
    await expectNoViolations(page, 'the new-call dialog')
  })

})

/**
 * Every screen of the app, filled with a journal that has something in each list, checked by axe
 * in both colour schemes and at both window sizes the app is designed for. Each waits for content
 * that only a populated screen shows, so an empty or failed screen cannot pass unseen.
 */
const FILLED_SCREENS: Array<[name: string, route: (data: CoachingJournal) => string, shows: string | RegExp]> = [
  ['home', () => '/', 'Initech'],
  ['calls', () => '/calls', 'Initech'],
  ['a call', (data) => `/calls/${data.rescued.id}`, 'Details'],
  ['a pre-brief', (data) => `/calls/${data.rescued.id}/prebrief`, 'Plan the call'],
  ['a debrief', (data) => `/calls/${data.rescued.id}/debrief`, 'Planned → actual'],
  ['reps', () => '/reps', 'Lee Park'],
  // The rep's trend in words is the last read to land on its page (issue 14, item 6).
  ['a rep', (data) => `/reps/${data.dana.id}`, /You took over on 1 of 2 debriefed calls with Dana Ortiz/],
  ['sessions', () => '/sessions', 'Holding silence after pricing'],
  ['a session', (data) => `/sessions/${data.session.id}`, 'Delete session'],
  ['search', () => '/search?q=silen', /results? for/],
  ['settings', () => '/settings', 'Interstate threshold'],
  ['import and export', () => '/exchange', 'Full backup'],
]

async function seedFilledJournal(journal: JournalApi): Promise<CoachingJournal> {
  const data = await seedCoachingJournal(journal)
  await journal.savePrebrief({
    callId: data.rescued.id,
    prebrief: { plannedRole: 'technical_expert', objective: 'Agree on the pilot scope', notes: note('Let the rep run the demo.') },
  })
  return data
}

/** Checks the page as it is in both window sizes and both colour schemes. */
async function expectNoViolationsAtEverySize(page: Page, what: string): Promise<void> {
  for (const size of WINDOW_SIZES) {
    await resizeWindow(page, size)
    await expectNoViolations(page, `${what} at ${size.width}×${size.height}`)
  }
}

/**
 * Moves the page to another screen the way the app's own links do (a hash change, no reload),
 * and waits until the router has taken it: the hashchange handled and two frames drawn, so the
 * next check never reads the screen being left.
 */
type HashWindow = {
  requestAnimationFrame: (callback: () => void) => number
  addEventListener: (type: 'hashchange', listener: () => void, options: { once: true }) => void
  location: { hash: string }
}

async function showScreen(page: Page, route: string): Promise<void> {
  await page.evaluate(
    (hash) =>
      new Promise<void>((done) => {
        const window = globalThis as unknown as HashWindow
        window.addEventListener('hashchange', () => window.requestAnimationFrame(() => window.requestAnimationFrame(() => done())), { once: true })
        window.location.hash = hash
      }),
    `#${route}`,
  )
}

/**
 * The screens in three groups of about equal cost, each group one test on one journal and one
 * page: a test per screen paid a server, a seeded journal, a page load and axe's injection
 * thirteen times over (~1.2 s each) for no more coverage. Each screen is its own step, so a
 * failure names the screen.
 */
const GROUPS = [FILLED_SCREENS.slice(0, 4), FILLED_SCREENS.slice(4, 8), FILLED_SCREENS.slice(8)]

test.describe('every screen, filled, has no axe violations at both sizes, light and dark', () => {
  for (const group of GROUPS) {
    test(`${group.map(([name]) => name).join(', ')}${group === GROUPS.at(-1) ? ', the command palette' : ''}`, async ({ page, server, journal }) => {
      // Four screens, each checked four times: a bound for four tests' work on a loaded machine.
      test.setTimeout(120_000)
      const data = await seedFilledJournal(journal)
      const app = new AppShell(page, server)
      for (const [index, [name, route, shows]] of group.entries()) {
        await test.step(name, async () => {
          if (index === 0) await app.open(route(data))
          else await showScreen(page, route(data))
          await expect(app.main).toContainText(shows)
          await expectNoViolationsAtEverySize(page, name)
        })
      }
      if (group === GROUPS.at(-1)) {
        await test.step('the command palette', async () => {
          const palette = new CommandPalette(page)
          await palette.open()
          await page.keyboard.type('dana')
          await expect(palette.option(/Dana Ortiz/).first()).toBeVisible()
          await expectNoViolationsAtEverySize(page, 'the command palette')
        })
      }
    })
  }
})
