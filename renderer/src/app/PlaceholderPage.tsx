import type { ReactNode } from 'react'
import { PageHeader } from '../components/PageHeader'
import { useDocumentTitle } from '../lib/useDocumentTitle'
import './PlaceholderPage.css'

export type PlaceholderPageProps = {
  title: string
  summary: string
  /** What the page will hold, one short line each. */
  coming: string[]
  children?: ReactNode
}

/** A page whose real content arrives in a later version: it says plainly what will be here. */
export function PlaceholderPage({ title, summary, coming, children }: PlaceholderPageProps) {
  useDocumentTitle(title)
  return (
    <>
      <PageHeader title={title} description={summary} />
      <section className="placeholder" aria-labelledby="placeholder-heading">
        <h2 id="placeholder-heading" className="placeholder__heading">
          Coming to this page
        </h2>
        <ul className="placeholder__list">
          {coming.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      {children}
    </>
  )
}
