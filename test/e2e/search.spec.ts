import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { SearchScreen } from './pages/SearchScreen'
import { expectNoAxeViolationsLightAndDark } from './support/axe'
import { seedCoachingJournal } from './support/coachingJournal'

test.describe('search', () => {
  test('finds a word by its first letters, as you type, and opens the plan where it was found', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const search = new SearchScreen(page)
    await app.open('/search')
    await expect(search.box, 'the screen starts in its box').toBeFocused()

    await page.keyboard.type('disc')
    const hit = search.result('Globex — Fleet tracking')
    await expect(hit).toBeVisible()
    await expect(hit).toContainText('Call objective')
    await expect(hit.locator('mark')).toHaveText(/^disc/i)
    await expect(hit.locator('mark')).toHaveText('discovery')
    expect(await search.titles()).toEqual(['Globex — Fleet tracking'])
    await expect(page).toHaveURL(/\?q=disc#\/search$/)

    await page.keyboard.press('ArrowDown')
    await expect(hit.getByRole('link')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.lost.id}/prebrief$`))
  })

  test('finds an accented word typed without its accents, and opens the debrief', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const search = new SearchScreen(page)
    await app.open('/search')
    await search.box.fill('resume')
    const hit = search.result('Globex — Fleet tracking')
    await expect(hit).toContainText('Debrief notes')
    await expect(hit.locator('mark')).toHaveText('résumé')
    await hit.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`#/calls/${data.lost.id}/debrief$`))
  })

  test('filters narrow the results, and work with an empty box', async ({ page, server, journal }) => {
    const data = await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const search = new SearchScreen(page)
    await app.open('/search?q=fleet')
    await expect(search.box).toHaveValue('fleet')
    await expect.poll(() => search.titles()).toEqual(expect.arrayContaining(['Globex — Fleet tracking', 'Acme Corp — Fleet renewal']))
    expect(await search.titles()).toHaveLength(2)

    await search.filter('Role you played').selectOption({ label: 'Crutch' })
    await expect.poll(() => search.titles()).toEqual(['Acme Corp — Fleet renewal'])
    await expect(search.result('Acme Corp — Fleet renewal')).toContainText('Crutch (rescue)')

    await search.filter('Role you played').selectOption({ label: 'Any' })
    await search.filter('Outcome').selectOption({ label: 'Lost' })
    await expect.poll(() => search.titles()).toEqual(['Globex — Fleet tracking'])

    // No words, only a rep: everything of that rep, newest first.
    await search.filters.getByRole('button', { name: 'Clear filters' }).click()
    await search.box.fill('')
    await search.filter('Rep').selectOption({ label: data.lee.name })
    await expect.poll(() => search.titles()).toEqual(['Initech — Renewal', 'Lee Park'])
    await search.filter('Show').selectOption({ label: 'Calls' })
    await expect.poll(() => search.titles()).toEqual(['Initech — Renewal'])
    await expect(page).toHaveURL(new RegExp(`rep=${data.lee.id}`))
  })

  test('has no axe violations on an empty journal, light and dark', async ({ page, server }) => {
    const app = new AppShell(page, server)
    await app.open('/search')
    await expect(page.getByRole('region', { name: 'Your journal is empty' })).toBeVisible()
    await expectNoAxeViolationsLightAndDark(page, 'search in an empty journal')
  })

  test('has no axe violations with filtered results, light and dark', async ({ page, server, journal }) => {
    await seedCoachingJournal(journal)
    const app = new AppShell(page, server)
    const search = new SearchScreen(page)
    await app.open('/search?q=fleet')
    await expect(search.result('Acme Corp — Fleet renewal')).toBeVisible()
    await search.filter('Outcome').selectOption({ label: 'Lost' })
    await expect.poll(() => search.titles()).toEqual(['Globex — Fleet tracking'])
    await expect(search.results).not.toHaveAttribute('aria-busy', 'true')
    await expectNoAxeViolationsLightAndDark(page, 'filtered search results')
  })
})
