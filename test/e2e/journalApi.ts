import type { Page } from '@playwright/test'
import type { InputOf } from '../../shared/contract'
import type { Call, Rep } from '../../shared/entities'
import type { Result } from '../../shared/result'
import type { CoachbookServer } from './server'

/**
 * Arranges a journal for a test through the host's API, using the session cookie the page got
 * from its link: what the test is about goes through the UI, its setup does not have to.
 */
export class JournalApi {
  constructor(
    private readonly page: Page,
    private readonly server: CoachbookServer,
  ) {}

  /** Opens the link once so the browser context holds the session cookie. */
  async connect(): Promise<void> {
    await this.page.request.get(this.server.url, { maxRedirects: 0 })
  }

  async call<T>(channel: string, input: unknown): Promise<T> {
    const [namespace, method] = channel.split('.')
    const response = await this.page.request.post(`${this.server.origin}/api/${namespace}/${method}`, { data: input ?? {} })
    const result = (await response.json()) as Result<T>
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`)
    return result.value
  }

  addRep(input: InputOf<'reps', 'create'>): Promise<Rep> {
    return this.call('reps.create', input)
  }

  updateRep(input: InputOf<'reps', 'update'>): Promise<Rep> {
    return this.call('reps.update', input)
  }

  addCall(input: InputOf<'calls', 'create'>): Promise<Call> {
    return this.call('calls.create', input)
  }

  updateSettings(input: InputOf<'settings', 'update'>): Promise<unknown> {
    return this.call('settings.update', input)
  }

  savePrebrief(input: InputOf<'prebriefs', 'save'>): Promise<unknown> {
    return this.call('prebriefs.save', input)
  }

  saveDebrief(input: InputOf<'debriefs', 'save'>): Promise<unknown> {
    return this.call('debriefs.save', input)
  }
}
