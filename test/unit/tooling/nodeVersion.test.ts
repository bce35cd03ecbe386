import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { minimumOf, nodeVersionProblem, requiredNode } from '../../../bin/nodeVersion.mjs'

const root = path.resolve(import.meta.dirname, '../../..')

describe('the Node version check of the coachbook command', () => {
  it('reads the requirement from package.json’s engines, in a form it understands', () => {
    expect(requiredNode()).toBe('>=22.12')
    expect(minimumOf(requiredNode())).toEqual([22, 12, 0])
    expect(minimumOf('^22 || >=24')).toBeUndefined()
  })

  it('says in one line which Node it needs, and which one this is', () => {
    const problem = nodeVersionProblem('20.20.2', '>=22.12')
    expect(problem).toBe(
      'coachbook: needs Node.js 22.12 or newer, and this is Node.js 20.20.2; install Node.js 22, or run it from the project with "npm run cli -- <command>"',
    )
    expect(problem).not.toContain('\n')
    expect(nodeVersionProblem('v22.11.9', '>=22.12')).toContain('this is Node.js 22.11.9')
  })

  it('lets the required version and newer ones through', () => {
    for (const version of ['22.12.0', '22.23.3', '23.0.0', '24.1.0']) expect(nodeVersionProblem(version, '>=22.12'), version).toBeNull()
  })

  it('stops an old Node before the CLI, and so better-sqlite3, is loaded', () => {
    // Node 20 as the command sees it; without the check it would import out/main/cli.js.
    const olderNode = 'data:text/javascript,Object.defineProperty(process,"versions",{value:{...process.versions,node:"20.20.2"}})'
    const run = spawnSync(process.execPath, ['--import', olderNode, path.join(root, 'bin', 'coachbook.mjs'), 'info'], {
      encoding: 'utf8',
      env: { ...process.env, COACHBOOK_DATA_DIR: path.join(root, 'nonexistent-data-dir') },
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^coachbook: needs Node\.js 22\.12 or newer, and this is Node\.js 20\.20\.2/)])
  })
})
