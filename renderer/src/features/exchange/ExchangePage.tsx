import { PageHeader } from '../../components/PageHeader'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { ExportPanel } from './ExportPanel'
import { ImportWizard } from './ImportWizard'
import './exchange.css'

/** `#/exchange`: everything that leaves or enters the journal as a file. */
export function ExchangePage() {
  useDocumentTitle('Import & export')
  return (
    <>
      <PageHeader
        title="Import & export"
        description="Back up your journal, take your calls and figures to a spreadsheet, or bring in calls from a CRM export or a calendar. Nothing leaves this computer unless you save a file."
      />
      <div className="exchange">
        <ExportPanel />
        <ImportWizard />
      </div>
    </>
  )
}
