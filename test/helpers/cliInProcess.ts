import { run } from '../../electron/cli/program'

/**
 * The `coachbook` command run in-process, the way bin/coachbook runs it, on `dataDir`: its exit
 * status and what it printed. For commands that need no built part (no server, no file sandbox).
 */
export async function cliInProcess(dataDir: string, ...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const status = await run(['--data-dir', dataDir, ...args], {
    appVersion: '0.0.0-test',
    rendererDir: '',
    coreWorkerFile: '',
    env: {},
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
  })
  return { status, stdout, stderr }
}
