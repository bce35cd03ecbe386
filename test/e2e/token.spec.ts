import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Rep } from '../../shared/entities'
import { expect, test } from './fixtures'
import { AppShell } from './pages/AppShell'
import { RepsScreen } from './pages/RepsScreen'
import { CoachbookServer } from './server'

/**
 * Browser mode's token stays where it belongs: out of the address and its history once the page
 * has it, with its own server only (two journals served side by side in one browser keep their
 * sessions), and never sent to another server on 127.0.0.1.
 */
test('two journals served side by side keep their own sessions, and no other local server receives a token', async ({ page, server }) => {
  const otherDir = await mkdtemp(join(tmpdir(), 'coachbook-e2e-other-'))
  const other = new CoachbookServer(otherDir)
  const seen: string[] = []
  // Another program's server on 127.0.0.1, as the one that once received the session cookie.
  const stranger = http.createServer((request, response) => {
    seen.push(`${request.headers.cookie ?? ''} ${request.headers.authorization ?? ''}`)
    response.setHeader('Content-Type', 'text/html')
    response.end('<!doctype html><title>another server</title><p>hello</p>')
  })
  try {
    await other.start()
    await new Promise<void>((resolve) => stranger.listen(0, '127.0.0.1', resolve))

    const first = new AppShell(page, server)
    await first.open('/reps')
    expect(page.url(), 'the token leaves the address once the page has it').toBe(`${server.origin}/#/reps`)

    const secondPage = await page.context().newPage()
    const second = new AppShell(secondPage, other)
    await second.open('/reps')
    expect(secondPage.url()).toBe(`${other.origin}/#/reps`)

    // The first tab was not logged out by the second journal's link: it still writes to its own.
    await new RepsScreen(page).addRep({ name: 'Dana Ortiz' })
    await new RepsScreen(secondPage).addRep({ name: 'Lee Park' })
    const names = (reps: Rep[]) => reps.map((rep) => rep.name)
    expect(names(await server.call<Rep[]>(page.request, 'reps.list', {}))).toEqual(['Dana Ortiz'])
    expect(names(await other.call<Rep[]>(page.request, 'reps.list', {}))).toEqual(['Lee Park'])

    // Reloaded without the token in its address, each tab still has its session.
    await page.reload()
    await first.ready()
    await expect(new RepsScreen(page).row('Dana Ortiz')).toBeVisible()

    // The history entry the link made no longer holds the token.
    await page.goBack()
    await page.goForward()
    await first.ready()
    expect(page.url()).not.toContain('token')

    // A plain visit to another local server carries neither token, as a cookie or otherwise.
    await secondPage.goto(`http://127.0.0.1:${(stranger.address() as AddressInfo).port}/`)
    await expect(secondPage.getByText('hello')).toBeVisible()
    expect(seen.length).toBeGreaterThan(0)
    for (const headers of seen) {
      expect(headers).not.toContain(server.token)
      expect(headers).not.toContain(other.token)
    }
    expect(await page.context().cookies()).toEqual([])
  } finally {
    await new Promise((resolve) => stranger.close(resolve))
    await other.stop()
    await rm(otherDir, { recursive: true, force: true })
  }
})
