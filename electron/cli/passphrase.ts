import fs from 'node:fs'
import path from 'node:path'
import { CliError } from './errors'

/**
 * `--passphrase-file FILE` (or `-` for standard input): the passphrase is never taken from the
 * command line, where other users of the machine and the shell's history could read it. One final
 * line break is not part of it (`echo` and editors add one); anything else is.
 */
export async function readPassphrase(file: string, stdin: NodeJS.ReadableStream): Promise<string> {
  let text: string
  try {
    text = file === '-' ? await readAll(stdin) : fs.readFileSync(path.resolve(file), 'utf8')
  } catch (error) {
    const reason = (error as { code?: unknown }).code === 'ENOENT' ? 'no such file' : (error as Error).message
    throw new CliError(`cannot read the passphrase file ${file}: ${reason}`)
  }
  const passphrase = text.replace(/\r?\n$/, '')
  if (passphrase === '') throw new CliError(`the passphrase file ${file === '-' ? '(standard input)' : file} is empty`)
  return passphrase
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks).toString('utf8')
}
