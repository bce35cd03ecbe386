import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupsDir, databasePath, defaultDataDir, resolveDataDir } from '../../../../electron/core/paths'

describe('defaultDataDir', () => {
  it('uses ~/.config/Coachbook on Linux without XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({}, 'linux', '/home/dana')).toBe('/home/dana/.config/Coachbook')
  })

  it('follows XDG_CONFIG_HOME on Linux, as Electron does', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/dana')).toBe('/xdg/Coachbook')
    expect(defaultDataDir({ XDG_CONFIG_HOME: '  ' }, 'linux', '/home/dana')).toBe('/home/dana/.config/Coachbook')
  })

  it('uses Application Support on macOS', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'darwin', '/Users/dana')).toBe(
      '/Users/dana/Library/Application Support/Coachbook',
    )
  })

  it('uses %APPDATA% on Windows, falling back to the roaming profile', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\dana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\dana')).toBe(
      'C:\\Users\\dana\\AppData\\Roaming\\Coachbook',
    )
    expect(defaultDataDir({}, 'win32', 'C:\\Users\\dana')).toBe('C:\\Users\\dana\\AppData\\Roaming\\Coachbook')
  })
})

describe('resolveDataDir', () => {
  it('prefers an explicit folder, then COACHBOOK_DATA_DIR, then the default', () => {
    const env = { COACHBOOK_DATA_DIR: '/env/dir', XDG_CONFIG_HOME: '/xdg' }
    expect(resolveDataDir('/flag/dir', env)).toBe(path.resolve('/flag/dir'))
    expect(resolveDataDir(undefined, env)).toBe(path.resolve('/env/dir'))
    expect(resolveDataDir('', env)).toBe(path.resolve('/env/dir'))
    expect(resolveDataDir(undefined, { COACHBOOK_DATA_DIR: '' })).toBe(defaultDataDir({}))
  })

  it('makes a relative folder absolute', () => {
    expect(resolveDataDir('journal', {})).toBe(path.resolve('journal'))
  })
})

it('names the database file and the backups folder inside the data folder', () => {
  expect(databasePath('/data')).toBe(path.join('/data', 'coachbook.db'))
  expect(backupsDir('/data')).toBe(path.join('/data', 'backups'))
})
