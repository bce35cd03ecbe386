import type { Page } from '@playwright/test'
import type { InputOf } from '../../shared/contract'
import type { Call, Rep } from '../../shared/entities'
import { SESSION_STORAGE_KEY } from '../../shared/browserSession'
import type { CoachbookServer } from './server'

/**
 * Arranges a journal for a test through the host's API, with the launch's token: what the test
 * is about goes through the UI, its setup does not have to.
 */
export class JournalApi {
  constructor(
    private readonly page: Page,
    private readonly server: CoachbookServer,
  ) {}

  /**
   * Gives the browser the session, as opening the link would: pages of this server opened
   * without the token in their address (a print view, a bookmark) then find it in the origin's
   * storage. A token a page has taken from a newer link is left alone.
   */
  async connect(): Promise<void> {
    const [origin, key, token] = [this.server.origin, SESSION_STORAGE_KEY, this.server.token].map((value) => JSON.stringify(value))
    await this.page.context().addInitScript({
      content: `if (location.origin === ${origin} && localStorage.getItem(${key}) === null) localStorage.setItem(${key}, ${token})`,
    })
  }

  call<T>(channel: string, input: unknown): Promise<T> {
    return this.server.call<T>(this.page.request, channel, input)
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
