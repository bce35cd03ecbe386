import type { AppInfo } from '../../../../shared/contract'
import { QueryGate } from '../../components/QueryGate'
import { useAppInfo } from './useSettingsMutation'

/**
 * How this window reaches the journal. `coachbook serve` answers as the CLI, but to the person
 * reading this page it is browser mode: only the desktop app is told apart.
 */
function faceLabel(face: AppInfo['face']): string {
  return face === 'electron' ? 'The desktop app' : 'Browser mode, served from this computer'
}

/** Where the journal lives on disk, so the manager can back it up or find it again. */
export function DataLocation() {
  const info = useAppInfo()
  return (
    <section className="card settings-card" aria-labelledby="settings-data-heading">
      <h2 id="settings-data-heading">Where your journal lives</h2>
      <p className="muted settings-card__lead">
        Everything you write stays in one file on this computer. Nothing leaves it unless you export it.
      </p>
      <QueryGate query={info} loading="Looking up the journal’s location…" failed="The journal’s location could not be read">
        {(about) => (
          <dl className="details settings-info">
            <dt>Data folder</dt>
            <dd>
              <code>{about.dataDir}</code>
            </dd>
            <dt>Database file</dt>
            <dd>
              <code>{about.databasePath}</code>
            </dd>
            <dt>Schema version</dt>
            <dd>{about.schemaVersion}</dd>
            <dt>App version</dt>
            <dd>
              {about.name} {about.version}
            </dd>
            <dt>Running as</dt>
            <dd>{faceLabel(about.face)}</dd>
          </dl>
        )}
      </QueryGate>
    </section>
  )
}
