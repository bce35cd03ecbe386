import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import type { AppLocation } from './appLocation'
import { askBeforeLeavingUnsaved } from './unloadPrompt'

/** The journal window. Security preferences are spelled out even where they are Electron's defaults. */
export function mainWindowOptions(location: AppLocation): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: 'Coachbook',
    show: false,
    webPreferences: {
      preload: location.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  }
}

export function createMainWindow(location: AppLocation, onLoadFailure: (error: unknown) => void): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(location))
  window.once('ready-to-show', () => window.show())
  askBeforeLeavingUnsaved(window)
  const loading =
    location.devServerUrl !== undefined ? window.loadURL(location.devServerUrl) : window.loadFile(location.indexFile)
  loading.catch(onLoadFailure)
  return window
}
