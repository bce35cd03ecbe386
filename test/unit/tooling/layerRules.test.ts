import path from 'node:path'
import { ESLint } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

/**
 * The layer rules live in eslint.config.js; these cases lint small snippets as if they sat in each
 * folder, so loosening a rule (or a pattern that stops matching) fails here, not in review.
 * Type-aware rules are switched off: the snippets are in no tsconfig, and only the import rules matter.
 */
const root = path.resolve(import.meta.dirname, '../../..')
const eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked })

async function importErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(root, file) })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

const refused: Array<[string, string]> = [
  ['shared/probe.ts', "import fs from 'node:fs'"],
  ['shared/probe.ts', "import path from 'path'"],
  ['shared/probe.ts', "import Database from 'better-sqlite3'"],
  ['shared/probe.ts', "import { x } from '../electron/core/journal'"],
  ['shared/probe.ts', "import { x } from '../renderer/src/api/client'"],
  ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron'"],
  ['renderer/src/probe.ts', "import { openCore } from '../../electron/core/openCore'"],
  ['renderer/src/probe.ts', "import os from 'os'"],
  ['renderer/src/components/probe.ts', "import { api } from '../api/client'"],
  ['renderer/src/components/probe.ts', "import { HomePage } from '../features/home/HomePage'"],
  ['electron/core/probe.ts', "import { app } from 'electron'"],
  ['electron/core/probe.ts', "import { x } from '../main/window'"],
  ['electron/core/probe.ts', "import { x } from '../cli/program'"],
  ['electron/core/probe.ts', "import { x } from '../web/server'"],
  ['electron/preload/probe.ts', "import { z } from 'zod'"],
  ['electron/preload/probe.ts', "import { x } from '../core/openCore'"],
  ['electron/web/probe.ts', "import { app } from 'electron'"],
  ['electron/cli/probe.ts', "import { BrowserWindow } from 'electron'"],
]

const allowed: Array<[string, string]> = [
  ['shared/probe.ts', "import { z } from 'zod'"],
  ['shared/probe.ts', "import { x } from './http'"],
  ['renderer/src/probe.ts', "import { x } from './path'"],
  ['renderer/src/probe.ts', "import { useState } from 'react'"],
  ['electron/core/probe.ts', "import fs from 'node:fs'"],
  ['electron/core/probe.ts', "import { x } from '../../shared/contract'"],
  ['electron/main/probe.ts', "import { app } from 'electron'"],
  ['electron/preload/probe.ts', "import { contextBridge } from 'electron'"],
]

describe('layer rules (eslint.config.js)', () => {
  it.each(refused)('%s may not %s', async (file, source) => {
    expect(await importErrors(file, source)).toHaveLength(1)
  })

  it.each(allowed)('%s may %s', async (file, source) => {
    expect(await importErrors(file, source)).toEqual([])
  })
})
