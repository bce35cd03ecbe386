import { Link } from 'wouter'
import { EmptyState } from '../components/EmptyState'
import { PageHeader } from '../components/PageHeader'
import { buttonClass } from '../components/Button'
import { useDocumentTitle } from '../lib/useDocumentTitle'

export function NotFoundPage() {
  useDocumentTitle('Page not found')
  return (
    <>
      <PageHeader title="Page not found" />
      <EmptyState
        title="There is nothing at this address"
        action={
          <Link href="/" className={buttonClass('primary')}>
            Go to Home
          </Link>
        }
      >
        The link may be out of date, or the record it pointed to was deleted.
      </EmptyState>
    </>
  )
}
