import { vi } from 'vitest'

/**
 * A stand-in for the `electron` module (its binary cannot run here): each test file does
 * `vi.mock('electron', () => import('./electronMock'))` and reads the recorded calls from here.
 */
type Listener = (...args: unknown[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  })
  once = vi.fn((event: string, listener: Listener) => this.on(event, listener))
  removeListener = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((known) => known !== listener))
    return this
  })
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args)
  }
  listenerFor(event: string): Listener {
    const listener = this.listeners.get(event)?.[0]
    if (!listener) throw new Error(`No listener for "${event}"`)
    return listener
  }
}

export type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }

let nextContentsId = 1

export class FakeWebContents extends Emitter {
  readonly id = nextContentsId++
  windowOpenHandler: WindowOpenHandler | undefined
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler
  })
  reload = vi.fn()
  // Printing (print.ts): the page reports ready at once, prints and renders a small PDF.
  executeJavaScript = vi.fn((_code: string): Promise<unknown> => Promise.resolve({ ready: 'true', error: null }))
  print = vi.fn((_options: unknown, callback: (success: boolean, reason: string) => void) => callback(true, ''))
  printToPDF = vi.fn((_options: unknown) => Promise.resolve(Buffer.from('%PDF-1.7 fake')))
  getTitle = vi.fn(() => 'Coachbook')
  getURL = vi.fn(() => 'app://coachbook/index.html#/')
  send = vi.fn((_channel: string, ..._args: unknown[]) => undefined)
  isLoading = vi.fn(() => false)
}

export type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
export type PermissionCheckHandler = (contents: unknown, permission: string) => boolean
export type RequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void

export type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void

export class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined
  permissionCheckHandler: PermissionCheckHandler | undefined
  headersListener: HeadersListener | undefined
  requestListener: RequestListener | undefined
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.permissionRequestHandler = handler
  })
  setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler) => {
    this.permissionCheckHandler = handler
  })
  webRequest = {
    onBeforeRequest: vi.fn((listener: RequestListener) => {
      this.requestListener = listener
    }),
    onHeadersReceived: vi.fn((listener: HeadersListener) => {
      this.headersListener = listener
    }),
  }
}

type WindowState = { instances: BrowserWindow[]; loadFailure: Error | undefined }
const windowStore = globalThis as typeof globalThis & { coachbookWindowState?: WindowState }
const windows = (windowStore.coachbookWindowState ??= { instances: [], loadFailure: undefined })

export class BrowserWindow extends Emitter {
  static get instances(): BrowserWindow[] {
    return windows.instances
  }
  static set instances(value: BrowserWindow[]) {
    windows.instances = value
  }
  /** When set, the next windows fail to load their page with this error. */
  static get loadFailure(): Error | undefined {
    return windows.loadFailure
  }
  static set loadFailure(value: Error | undefined) {
    windows.loadFailure = value
  }
  static getAllWindows = vi.fn(() => BrowserWindow.instances)
  readonly options: Record<string, unknown>
  readonly webContents = new FakeWebContents()
  loadFile = vi.fn((_file: string) => BrowserWindow.loadResult())
  loadURL = vi.fn((_url: string) => BrowserWindow.loadResult())

  private static loadResult(): Promise<void> {
    return BrowserWindow.loadFailure ? Promise.reject(BrowserWindow.loadFailure) : Promise.resolve()
  }
  show = vi.fn()
  focus = vi.fn()
  restore = vi.fn()
  maximize = vi.fn()
  isMinimized = vi.fn(() => false)
  isMaximized = vi.fn(() => false)
  isDestroyed = vi.fn(() => false)
  destroy = vi.fn()
  getNormalBounds = vi.fn(() => ({ x: 10, y: 20, width: 1280, height: 860 }))
  setTitle = vi.fn()
  setProgressBar = vi.fn()

  constructor(options: Record<string, unknown>) {
    super()
    this.options = options
    BrowserWindow.instances.push(this)
  }
}

/** Desktop notifications (reminderNotifications.ts): every one made is kept, to be read and clicked. */
export class Notification extends Emitter {
  static instances: Notification[] = []
  static isSupported = vi.fn(() => true)
  readonly options: { title: string; body: string }
  show = vi.fn()
  constructor(options: { title: string; body: string }) {
    super()
    this.options = options
    Notification.instances.push(this)
  }
}

class FakeApp extends Emitter {
  isPackaged = false
  setName = vi.fn()
  enableSandbox = vi.fn()
  requestSingleInstanceLock = vi.fn(() => true)
  whenReady = vi.fn(() => Promise.resolve())
  getPath = vi.fn((_name: string) => '/nonexistent/userData')
  getVersion = vi.fn(() => '0.0.0-test')
  quit = vi.fn()
  relaunch = vi.fn()
}

export type Display = { id: number; workArea: { x: number; y: number; width: number; height: number } }
export type ProtocolHandler = (request: Request) => Promise<Response>

const ONE_SCREEN: Display[] = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1050 } }]

function createMock() {
  const displays = { list: ONE_SCREEN }
  const handlers = new Map<string, ProtocolHandler>()
  return {
    app: new FakeApp(),
    powerMonitor: new Emitter(),
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handlers,
      handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
        handlers.set(scheme, handler)
      }),
      unhandle: vi.fn((scheme: string) => handlers.delete(scheme)),
    },
    screen: {
      displays,
      getAllDisplays: vi.fn(() => displays.list),
      getPrimaryDisplay: vi.fn(() => displays.list[0]!),
    },
    session: { defaultSession: new FakeSession() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()), openPath: vi.fn(() => Promise.resolve('')) },
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(() => Promise.resolve({ response: 0, checkboxChecked: false })),
      showMessageBoxSync: vi.fn((..._args: unknown[]) => 0),
    },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    /** A stand-in keychain: reversible, and never the plain text (so a test can look for it). */
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      getSelectedStorageBackend: vi.fn((): string => 'gnome_libsecret'),
      encryptString: vi.fn((text: string) => Buffer.from(`sealed:${Buffer.from(text, 'utf8').reverse().toString('base64')}`)),
      decryptString: vi.fn((sealed: Buffer) => {
        const text = sealed.toString('utf8')
        if (!text.startsWith('sealed:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.')
        return Buffer.from(text.slice('sealed:'.length), 'base64').reverse().toString('utf8')
      }),
    },
    ipcRenderer: {
      invoke: vi.fn((..._args: unknown[]): Promise<unknown> => Promise.resolve({ ok: true, value: null })),
      on: vi.fn((_channel: string, _listener: Listener) => undefined),
      removeListener: vi.fn((_channel: string, _listener: Listener) => undefined),
    },
  }
}

// One set of fakes per test file, even across vi.resetModules(): a test that re-imports
// electron/main/index.ts must see the same `app` (and the same windows) it asserts on.
const store = globalThis as typeof globalThis & { coachbookElectronMock?: ReturnType<typeof createMock> }
const mock = (store.coachbookElectronMock ??= createMock())

export const { app, powerMonitor, protocol, screen, session, ipcMain, shell, dialog, Menu, contextBridge, ipcRenderer, safeStorage } = mock

export default { ...mock, BrowserWindow, Notification }

/** Forget every recorded call and listener between tests. */
export function resetElectronMock(): void {
  vi.clearAllMocks()
  BrowserWindow.instances = []
  BrowserWindow.loadFailure = undefined
  app.listeners.clear()
  powerMonitor.listeners.clear()
  Notification.instances = []
  Notification.isSupported.mockImplementation(() => true)
  app.isPackaged = false
  app.requestSingleInstanceLock.mockImplementation(() => true)
  app.getPath.mockImplementation(() => '/nonexistent/userData')
  session.defaultSession = new FakeSession()
  protocol.handlers.clear()
  screen.displays.list = ONE_SCREEN
  safeStorage.isEncryptionAvailable.mockImplementation(() => true)
  safeStorage.getSelectedStorageBackend.mockImplementation(() => 'gnome_libsecret')
}
