import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { useLocation } from 'wouter'
import type { AppCommand } from '../../../../shared/appCommands'
import { lazyNamed } from '../../lib/lazyNamed'
import { onAppCommand } from '../../platform'
import { hasPrintView, usePrintScreen } from '../print/usePrintScreen'
import { useLock, useSecurityStatus } from '../security/useSecurity'
import { FOCUS_SEARCH_EVENT } from '../search/focusSearch'
import { CommandPalette } from './CommandPalette'
import { CommandsContext, type Commands, type PaletteMode } from './commandsContext'
import type { NavItem } from './paletteItems'
import { offerPlanFor } from '../calls/justSaved'
import { useDemoStatus, useSwitchJournal } from '../firstRun/useFirstRun'
import { ShortcutsDialog } from './ShortcutsDialog'
import { shortcutFor, type ShortcutAction } from './shortcuts'
import { decodeSegment, paths } from '../../app/paths'
import { chooseTheme } from '../../app/theme'
import { useCreateBackup } from '../../api/useBackups'
import { useToast } from '../../components/Toast'
import { describeBackup } from '../backups/backupWords'
import { settingsPath } from '../settings/settingsSections'

type FormState = { open: boolean; repId?: string | undefined }

/** The rep whose page is showing, so a new call or session starts with them. */
function repOnScreen(location: string): string | undefined {
  const match = /^\/reps\/([^/]+)$/.exec(location)
  // The location reaches here undecoded (app/hashLocation.ts): decoded once, never throwing.
  return match ? decodeSegment(match[1] ?? '') : undefined
}

// The forms load when first opened: the session form brings the rich-text editor.
const CallFormDialog = lazyNamed(() => import('../calls/CallFormDialog'), 'CallFormDialog')
const SessionFormDialog = lazyNamed(() => import('../sessions/SessionFormDialog'), 'SessionFormDialog')

/**
 * What the whole app can do from anywhere: the command palette, the one-key shortcuts, the
 * desktop menu's commands, and the forms they open (a new call, a coaching session, the
 * shortcuts help). Mounted once, by the shell.
 */
export function GlobalCommands({ navItems, children }: { navItems: readonly NavItem[]; children: ReactNode }) {
  const [palette, setPalette] = useState<{ open: boolean; mode: PaletteMode }>({ open: false, mode: 'root' })
  const [call, setCall] = useState<FormState>({ open: false })
  const [session, setSession] = useState<FormState>({ open: false })
  const [help, setHelp] = useState(false)
  // Once opened, a form stays mounted, so closing it hands the focus back as a dialog should.
  const callOpened = useOnceTrue(call.open)
  const sessionOpened = useOnceTrue(session.open)
  const [location, navigate] = useLocation()
  const currentRep = repOnScreen(location)

  const search = useCallback(
    (text?: string) => {
      if (text !== undefined) navigate(`/search?q=${encodeURIComponent(text)}`)
      else if (location !== '/search') navigate('/search')
      // Already there (or arriving): the screen puts the focus in its box, once whatever is
      // closing (the palette) has let go of it.
      setTimeout(() => window.dispatchEvent(new Event(FOCUS_SEARCH_EVENT)))
    },
    [location, navigate],
  )

  const printScreen = usePrintScreen()
  const security = useSecurityStatus()
  const lockable = security.data?.encrypted === true
  const lock = useLock()
  // Without a passphrase there is nothing to lock with: the command leads to where one is set.
  const lockJournal = useCallback(() => (lockable ? lock.mutate() : navigate(settingsPath('privacy'))), [lockable, lock, navigate])
  const createBackup = useCreateBackup()
  const toast = useToast()
  const backUpNow = useCallback(() => {
    toast.show('Backing up the journal…', 'info')
    createBackup.mutate(undefined, {
      onSuccess: (backup) => toast.show(`Backed up the journal: ${describeBackup(backup)}.`, 'success'),
      onError: (error) => toast.show(`The backup could not be made: ${error.message}`, 'error'),
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- mutate is stable; the mutation object is not
  }, [createBackup.mutate, toast])
  const demo = useDemoStatus()
  // `mutate` keeps its identity, so the commands below are not remade on every render.
  const { mutate: switchJournal } = useSwitchJournal()
  const commands = useMemo<Commands>(
    () => ({
      openPalette: (mode = 'root') => setPalette({ open: true, mode }),
      newCall: (options) => setCall({ open: true, repId: options?.repId ?? currentRep }),
      logSession: (options) => setSession({ open: true, repId: options?.repId ?? currentRep }),
      showShortcuts: () => setHelp(true),
      search,
      print: (action) => void printScreen(action),
    }),
    [currentRep, search, printScreen],
  )

  // Each app command (the palette's and the desktop menu's) done the one way the app does it.
  const runCommand = useCallback(
    (command: AppCommand, text?: string) => {
      const run: Record<AppCommand, () => void> = {
        newCall: () => commands.newCall(),
        newPrebrief: () => commands.openPalette('prebrief'),
        newDebrief: () => commands.openPalette('debrief'),
        logSession: () => commands.logSession(),
        search: () => commands.search(text),
        print: () => commands.print('print'),
        savePdf: () => commands.print('pdf'),
        importJournal: () => navigate('/exchange'),
        exportJournal: () => navigate('/exchange'),
        backups: () => navigate(settingsPath('backups')),
        backupNow: backUpNow,
        settings: () => navigate('/settings'),
        theme: () => navigate(settingsPath('appearance')),
        themeSystem: () => chooseTheme('system'),
        themeLight: () => chooseTheme('light'),
        themeDark: () => chooseTheme('dark'),
        commandPalette: () => commands.openPalette('root'),
        keyboardShortcuts: () => commands.showShortcuts(),
        lockJournal,
        methodHelp: () => navigate('/help'),
        reminders: () => navigate('/reminders'),
        demoJournal: () => switchJournal(demo.data?.open ? 'close' : 'open', { onSuccess: () => navigate('/') }),
      }
      run[command]()
    },
    [commands, navigate, lockJournal, backUpNow, switchJournal, demo.data?.open],
  )

  // The desktop menu (electron/main/menu.ts) sends its commands here; a browser tab has none.
  useEffect(() => onAppCommand((command) => runCommand(command)), [runCommand])

  useEffect(() => {
    const run: Record<ShortcutAction, () => void> = {
      palette: () => commands.openPalette('root'),
      lock: lockJournal,
      newCall: () => commands.newCall(),
      prebrief: () => commands.openPalette('prebrief'),
      debrief: () => commands.openPalette('debrief'),
      logSession: () => commands.logSession(),
      search: () => commands.search(),
      help: () => commands.showShortcuts(),
    }
    const onKeyDown = (event: KeyboardEvent) => {
      const action = shortcutFor(event, { dialogOpen: document.querySelector('dialog[open]') !== null })
      if (!action) return
      event.preventDefault()
      run[action]()
    }
    // Bubbling on the document: a control that handles a key itself (the editor's Ctrl+K makes a
    // link) has done so, and said so, by the time it arrives here.
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [commands, lockJournal])

  return (
    <CommandsContext.Provider value={commands}>
      {children}
      {/* The palette first: closing it hands the focus back before a form it opened takes it. */}
      <CommandPalette
        open={palette.open}
        mode={palette.mode}
        navItems={navItems}
        printable={hasPrintView(location)}
        lockable={lockable}
        onModeChange={(mode) => setPalette({ open: true, mode })}
        onClose={() => setPalette((current) => ({ ...current, open: false }))}
        onChoose={(effect) => {
          if (effect.type === 'navigate') navigate(effect.to)
          else runCommand(effect.command, effect.text)
        }}
      />
      <Suspense fallback={null}>
        {(call.open || callOpened) && (
          <CallFormDialog
            open={call.open}
            defaultRepId={call.repId}
            onClose={() => setCall({ open: false })}
            onSaved={(saved) => {
              // The call's page offers "Plan it now" once (calls/PlanItNow.tsx).
              offerPlanFor(saved.id)
              navigate(paths.call(saved.id))
            }}
          />
        )}
        {(session.open || sessionOpened) && (
          <SessionFormDialog open={session.open} defaultRepId={session.repId} onClose={() => setSession({ open: false })} />
        )}
      </Suspense>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
    </CommandsContext.Provider>
  )
}

/** False until `value` has been true once, then true for good. */
function useOnceTrue(value: boolean): boolean {
  const [once, setOnce] = useState(value)
  if (value && !once) setOnce(true)
  return once || value
}
