import { useState } from 'react'
import type { FolderBridge } from '../../../../shared/folderBridge'
import { Button } from '../../components/Button'
import { FormAlert } from '../../components/FormAlert'

/**
 * The desktop app asks for a folder and starts again on it; in browser mode the server decides
 * the folder, so the page says which command starts it on another one.
 */
export function OpenAnotherFolder({ folders, dataDir }: { folders?: FolderBridge | undefined; dataDir: string }) {
  const [error, setError] = useState<string | null>(null)
  if (!folders) {
    return (
      <p>
        If your journal is somewhere else, stop Coachbook (Ctrl+C in its terminal) and start it on that folder:{' '}
        <code>coachbook serve --data-dir "/path/to/folder"</code>. This one is <code>{dataDir}</code>.
      </p>
    )
  }
  return (
    <>
      <p>If your journal is somewhere else, open that folder instead. This one is <code>{dataDir}</code>; it stays as it is.</p>
      {error && <FormAlert>{error}</FormAlert>}
      <div>
        <Button
          onClick={() =>
            void folders.openAnother().then((result) => setError(result.ok ? null : result.error.message))
          }
        >
          Choose a folder…
        </Button>
      </div>
    </>
  )
}
