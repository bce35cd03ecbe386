// Findings of Electronegativity that do not apply to Coachbook, each with why and the unit test
// that proves the protection the check looks for in another form. A listed finding that stops
// appearing fails the audit too, so this list never outlives the code it describes.
// docs/architecture.md ("Security audit") explains them for people.
export const FALSE_POSITIVES = [
  {
    id: 'AUXCLICK_JS_CHECK',
    files: ['electron/main/window.ts', 'electron/main/printPage.ts'],
    reason:
      "It wants webPreferences.disableBlinkFeatures: 'Auxclick', so a middle-click cannot open a link in a new window. " +
      'No window can be opened at all: the window-open handler of every web contents denies them (links to http, https ' +
      'and mailto go to the system browser instead), and navigation away from the app is prevented.',
    provenBy: [
      ['test/unit/electron/main/security.test.ts', 'a middle-click on a link opens no window of the app'],
      ['test/unit/electron/main/security.test.ts', 'is always denied; http, https and mailto links go to the system browser'],
    ],
  },
  {
    id: 'PRELOAD_JS_CHECK',
    files: ['electron/main/window.ts', 'electron/main/printPage.ts'],
    reason:
      'It asks for the preload script to be reviewed. The preload runs sandboxed and context-isolated and exposes ' +
      'through contextBridge only one function per contract channel, the print request and the menu-command listener; ' +
      'no ipcRenderer, no event objects, no Node.',
    provenBy: [
      ['test/unit/electron/preload/preload.test.ts', 'has one key per contract namespace and one function per method, nothing else'],
      ['test/unit/electron/preload/preload.test.ts', 'relays the menu’s commands by name only, ignores anything else, and stops when asked'],
      ['test/unit/electron/main/window.test.ts', 'is isolated, sandboxed and without Node, with the CommonJS preload'],
    ],
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    files: ['electron/main/security.ts'],
    reason:
      'It flags shell.openExternal with an address that is not a constant. Only http:, https: and mailto: addresses ' +
      'reach it (isSafeExternalUrl); file:, javascript:, smb: and every other scheme are refused.',
    provenBy: [['test/unit/electron/main/security.test.ts', 'other schemes are denied and not opened anywhere']],
  },
]
