import { ipcMain, type IpcMainInvokeEvent, type WebFrameMain } from 'electron'
import { CHANNEL_NAMES, IPC_PREFIX } from '../../shared/channels'
import type { Invoke } from '../../shared/invoke'
import { fail, type Result } from '../../shared/result'
import { isAppUrl, type AppLocation } from './appLocation'
import { windowOrigin } from './changes'

/**
 * Carries the contract over IPC. Every message is checked first: it must come from the top frame
 * of the app's own renderer; anything else (an iframe, a page that navigated away, a destroyed
 * frame) is refused without touching the core. Validation itself is the dispatcher's job.
 */
export function isTrustedSender(frame: WebFrameMain | null | undefined, location: AppLocation): boolean {
  if (!frame) return false
  try {
    if (frame.parent !== null) return false
    return isAppUrl(location, frame.url)
  } catch {
    // Reading a destroyed frame throws: treat it as unknown.
    return false
  }
}

export async function handleInvoke(
  invoke: Invoke,
  location: AppLocation,
  channel: string,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender?: { id: number } },
  input: unknown,
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame, location)) {
    return fail('UNAUTHORIZED', 'This request did not come from the Coachbook window')
  }
  // The window that asks is the change's origin: every other window hears of it (changes.ts).
  return invoke(channel, input, event.sender ? windowOrigin(event.sender) : undefined)
}

/** Registers every channel; the returned function removes them again (on quit). */
export function registerIpc(invoke: Invoke, location: AppLocation): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(IPC_PREFIX + channel, (event, input: unknown) =>
      handleInvoke(invoke, location, channel, event, input),
    )
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(IPC_PREFIX + channel)
  }
}
