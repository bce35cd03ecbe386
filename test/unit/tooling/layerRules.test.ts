import path from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'
import { candidates, globToRegExp, isAllowed, packageName } from '../../../eslint/allowedImports.js'

/**
 * The layer rules live in eslint.config.js as per-folder allow-lists; these cases lint small
 * snippets as if they sat in each folder, so loosening a rule (or a pattern that stops matching)
 * fails here, not in review. Type-aware rules are switched off: the snippets are in no tsconfig,
 * and only the import rules matter.
 */
const root = path.resolve(import.meta.dirname, '../../..')
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked })

async function layerErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) })
  const fatal = result?.messages.find((m) => m.fatal)
  if (fatal) throw new Error(`the probe does not parse: ${fatal.message}`)
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'layers/allowed-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message)
}

const refused: Array<[string, string]> = [
  // shared/ is pure
  ['shared/probe.ts', "import fs from 'node:fs'"],
  ['shared/probe.ts', "import path from 'path'"],
  ['shared/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers'"],
  ['shared/probe.ts', "import { app } from 'electron'"],
  ['shared/probe.ts', "import { useState } from 'react'"],
  ['shared/probe.ts', "import { x } from '../electron/core/journal'"],
  ['shared/probe.ts', "import { x } from '../renderer/src/api/client'"],
  // the core never imports Electron or a face
  ['electron/core/probe.ts', "import { app } from 'electron'"],
  ['electron/core/probe.ts', "import { x } from '../main/window'"],
  ['electron/core/probe.ts', "import { x } from '../cli/program'"],
  ['electron/core/probe.ts', "import { x } from '../web/server'"],
  ['electron/core/probe.ts', "import { x } from '../../renderer/src/platform'"],
  ['electron/core/probe.ts', "import { render } from 'react-dom'"],
  // the core makes its connections through openDatabase (db/database.ts) alone
  ['electron/core/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers'"],
  ['electron/core/db/probe.ts', "import Database, { type Options } from 'better-sqlite3-multiple-ciphers'"],
  // main never imports another face or the database
  ['electron/main/probe.ts', "import { SECURITY_HEADERS } from '../web/headers'"],
  ['electron/main/probe.ts', "import { startWebHost } from '../web'"],
  ['electron/main/probe.ts', "import { x } from '../../renderer/src/platform'"],
  ['electron/main/probe.ts', "import { run } from '../cli/program'"],
  ['electron/main/probe.ts', "import { x } from '../preload/index'"],
  ['electron/main/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers'"],
  ['electron/main/probe.ts', "import { createRepositories } from '../core/db/repositories'"],
  // the preload: electron and dependency-free shared modules only
  ['electron/preload/probe.ts', "import { z } from 'zod'"],
  ['electron/preload/probe.ts', "import { x } from '../core/journal'"],
  ['electron/preload/probe.ts', "import { x } from '../main/ipc'"],
  ['electron/preload/probe.ts', "import { contract } from '../../shared/contract'"],
  ['electron/preload/probe.ts', "import fs from 'node:fs'"],
  // browser mode: no Electron, no other face, no core internals
  ['electron/web/probe.ts', "import { app } from 'electron'"],
  ['electron/web/probe.ts', "import { openJournalDatabase } from '../core/db/open'"],
  ['electron/web/probe.ts', "import { createHandlers } from '../core/handlers'"],
  ['electron/web/probe.ts', "import { x } from '../main/appLocation'"],
  ['electron/web/probe.ts', "import { run } from '../cli/program'"],
  ['electron/web/probe.ts', "import { x } from '../../renderer/src/platform'"],
  // the CLI: no Electron, no main, only browser mode's door, no core internals
  ['electron/cli/probe.ts', "import { BrowserWindow } from 'electron'"],
  ['electron/cli/probe.ts', "import { installMenu } from '../main/menu'"],
  ['electron/cli/probe.ts', "import { startWebHost } from '../web/server'"],
  ['electron/cli/probe.ts', "import { SECURITY_HEADERS } from '../web/headers'"],
  ['electron/cli/commands/probe.ts', "import { openJournalDatabase } from '../../core/db/open'"],
  ['electron/cli/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers'"],
  // the renderer: a browser, talking to the core through its API client only
  ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron'"],
  ['renderer/src/probe.ts', "import { openCore } from '../../electron/core'"],
  ['renderer/src/probe.ts', "import { x } from '../../electron/main/appLocation'"],
  ['renderer/src/probe.ts', "import os from 'os'"],
  ['renderer/src/probe.ts', "import Database from 'better-sqlite3-multiple-ciphers'"],
  ['renderer/src/probe.ts', "const lazy = () => import('../../electron/web')"],
  ['renderer/src/components/probe.ts', "import { api } from '../api/client'"],
  ['renderer/src/components/probe.ts', "import { HomePage } from '../features/home/HomePage'"],
  ['renderer/src/components/probe.ts', "import { currentPlatform } from '../platform'"],
  // the renderer asks one module what it runs on
  ['renderer/src/features/probe.ts', 'export const desktop = Boolean((window as unknown as Record<string, unknown>).coachbook)'],
  ['renderer/src/lib/probe.ts', 'export type W = { coachbook?: unknown }'],
]

const allowed: Array<[string, string]> = [
  ['shared/probe.ts', "import { z } from 'zod'"],
  ['shared/probe.ts', "import { x } from './http'"],
  ['electron/core/probe.ts', "import fs from 'node:fs'"],
  ['electron/core/probe.ts', "import type Database from 'better-sqlite3-multiple-ciphers'"],
  ['electron/core/db/database.ts', "import Database from 'better-sqlite3-multiple-ciphers'"],
  ['electron/core/probe.ts', "import { x } from '../../shared/contract'"],
  ['electron/core/services/probe.ts', "import { x } from '../db/repositories'"],
  ['electron/main/probe.ts', "import { app } from 'electron'"],
  ['electron/main/probe.ts', "import { openCore } from '../core'"],
  ['electron/main/probe.ts', "import { resolveDataDir } from '../core/paths'"],
  ['electron/main/probe.ts', "import { findRendererFile } from '../core/rendererFiles'"],
  ['electron/main/probe.ts', "import { CONTENT_SECURITY_POLICY } from '../../shared/csp'"],
  ['electron/preload/probe.ts', "import { contextBridge } from 'electron'"],
  ['electron/preload/probe.ts', "import { CHANNEL_NAMES } from '../../shared/channels'"],
  ['electron/preload/probe.ts', "import type { Api } from '../../shared/api'"],
  ['electron/web/probe.ts', "import http from 'node:http'"],
  ['electron/web/probe.ts', "import { findRendererFile } from '../core/rendererFiles'"],
  ['electron/cli/commands/probe.ts', "import { startWebHost } from '../../web'"],
  ['electron/cli/commands/probe.ts', "import { restoreJournal } from '../../core/backups'"],
  ['electron/preload/probe.ts', "import { OPEN_FOLDER_IPC_CHANNEL } from '../../shared/folderBridge'"],
  ['electron/cli/probe.ts', "import { version } from '../../package.json'"],
  ['electron/cli/probe.ts', "import { Command } from 'commander'"],
  ['electron/cli/bench.ts', "import { createInsightsService } from '../core/services/insights'"],
  ['electron/cli/benchProbe.ts', "import Database from 'better-sqlite3-multiple-ciphers'"],
  ['electron/cli/bench.ts', "import { benchExchange } from './benchExchange'"],
  ['renderer/src/probe.ts', "import { x } from './path'"],
  ['renderer/src/probe.ts', "import { useState } from 'react'"],
  ['renderer/src/probe.ts', "import { createRoot } from 'react-dom/client'"],
  ['renderer/src/probe.ts', "import { EditorContent } from '@tiptap/react'"],
  ['renderer/src/probe.ts', "import { CHANNEL_NAMES } from '../../shared/channels'"],
  ['renderer/src/features/probe.ts', "import { currentPlatform } from '../platform'"],
  ['renderer/src/platform.ts', 'export const bridge = (window as unknown as { coachbook?: unknown }).coachbook'],
  ['renderer/src/components/probe.ts', "import { formatDay } from '../lib/format'"],
  ['renderer/src/components/probe.tsx', "import './Dialog.css'"],
]

describe('layer rules (eslint.config.js)', () => {
  it.each(refused)('%s may not: %s', async (file, source) => {
    expect(await layerErrors(file, source)).toHaveLength(1)
  })

  it.each(allowed)('%s may: %s', async (file, source) => {
    expect(await layerErrors(file, source)).toEqual([])
  })

  it('says what was refused and why', async () => {
    const [message] = await layerErrors('electron/main/probe.ts', "import { SECURITY_HEADERS } from '../web/headers'")
    expect(message).toMatch(/^'\.\.\/web\/headers' may not be imported here: main is the Electron face/)
  })
})

describe('the allow-list rule', () => {
  it('reads globs of project paths: * within a segment, ** across segments', () => {
    expect(globToRegExp('/shared/**').test('/shared/csp.ts')).toBe(true)
    expect(globToRegExp('/shared/**').test('/shared')).toBe(true)
    expect(globToRegExp('/shared/**').test('/sharedx/csp.ts')).toBe(false)
    expect(globToRegExp('/electron/core/index.ts').test('/electron/core/indexXts')).toBe(false)
    expect(globToRegExp('@tiptap/*').test('@tiptap/react')).toBe(true)
    expect(globToRegExp('@tiptap/*').test('@tiptap/react/menus')).toBe(false)
  })

  it('names packages, scoped, with subpaths, and Node built-ins with or without their prefix', () => {
    expect(packageName('react-dom/client')).toBe('react-dom')
    expect(packageName('@tiptap/pm/state')).toBe('@tiptap/pm')
    expect(packageName('fs')).toBe('node:fs')
    expect(packageName('node:fs/promises')).toBe('node:fs')
    expect(packageName('fs-extra')).toBe('fs-extra')
  })

  it('follows a relative import to where it leads, as a file or a folder, and never outside the project', () => {
    const from = path.join(root, 'electron/main/index.ts')
    expect(candidates(from, '../core', root)).toContain('/electron/core/index.ts')
    expect(candidates(from, '../../shared/csp', root)).toContain('/shared/csp.ts')
    expect(candidates(from, '../../../elsewhere/x', root)).toEqual([])
    expect(isAllowed('../../../elsewhere/x', { fromFile: from, root, entries: ['/**'] })).toBe(false)
    expect(isAllowed('../../shared/x?raw', { fromFile: from, root, entries: ['/shared/**'] })).toBe(true)
  })
})
