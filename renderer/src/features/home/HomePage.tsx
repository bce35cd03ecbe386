import { useState } from 'react'
import { showsFirstRun } from '../../../../shared/firstRun'
import type { HomeSummary } from '../../../../shared/coaching'
import { useReps } from '../../api/useReps'
import { useSettings } from '../../api/useSettings'
import { Button } from '../../components/Button'
import { ErrorState } from '../../components/ErrorState'
import { LoadingState } from '../../components/LoadingState'
import { PageHeader } from '../../components/PageHeader'
import { useDocumentTitle } from '../../lib/useDocumentTitle'
import { FirstRunWelcome } from '../firstRun/FirstRunWelcome'
import { useDemoStatus, useFirstRunStatus } from '../firstRun/useFirstRun'
import { useCommands } from '../palette/commandsContext'
import { RepFormDialog } from '../reps/RepFormDialog'
import { FullDebriefList } from './FullDebriefList'
import { RecentActivity } from './RecentActivity'
import { AwaitingDebriefList, UpcomingList } from './CallLists'
import { RescueQuestion } from './RescueQuestion'
import { useHomeSummary } from './useHomeSummary'
import './home.css'

export function HomePage() {
  useDocumentTitle('Home')
  const summary = useHomeSummary()
  const reps = useReps()
  const commands = useCommands()
  const firstRun = useFirstRunStatus()
  const demo = useDemoStatus()
  const settings = useSettings()
  const hasReps = (reps.data?.length ?? 0) > 0
  const welcome = firstRun.data && demo.data && settings.data && showsFirstRun(firstRun.data, demo.data) ? settings.data : null

  return (
    <>
      <PageHeader
        title="Home"
        description="What needs you next: calls to plan with the rep, calls to look back on, and how often you closed a deal yourself this month."
        actions={
          hasReps && (
            <>
              <Button variant="primary" onClick={() => commands.newCall()}>
                New call
              </Button>
              <Button onClick={() => commands.logSession()}>Log coaching session</Button>
            </>
          )
        }
      />
      {summary.isPending || reps.isPending || firstRun.isPending || demo.isPending ? (
        <LoadingState label="Loading your journal…" />
      ) : summary.isError || reps.isError ? (
        <ErrorState
          title="Home could not be loaded"
          message={(summary.error ?? reps.error)?.message ?? 'Something went wrong.'}
          onRetry={() => {
            void summary.refetch()
            void reps.refetch()
          }}
          retrying={summary.isFetching || reps.isFetching}
        />
      ) : welcome ? (
        <FirstRunWelcome settings={welcome} />
      ) : !hasReps && summary.data.recentActivity.length === 0 ? (
        <GetStarted />
      ) : (
        <HomeContent summary={summary.data} />
      )}
    </>
  )
}

function HomeContent({ summary }: { summary: HomeSummary }) {
  return (
    <div className="home">
      <RescueQuestion month={summary.thisMonth} />
      <div className="home-grid">
        <UpcomingList calls={summary.upcomingWithoutPrebrief} total={summary.upcomingWithoutPrebriefTotal} today={summary.today} />
        <AwaitingDebriefList
          calls={summary.awaitingDebrief}
          total={summary.awaitingDebriefTotal}
          overdueTotal={summary.overdueTotal}
          today={summary.today}
        />
      </div>
      <FullDebriefList calls={summary.fullDebriefDue} total={summary.fullDebriefDueTotal} today={summary.today} />
      <RecentActivity items={summary.recentActivity} today={summary.today} />
    </div>
  )
}

/** A journal without reps: the first steps, in order. */
function GetStarted() {
  const [addingRep, setAddingRep] = useState(false)
  return (
    <section className="home-start" aria-labelledby="home-start-heading">
      <h2 id="home-start-heading">Get started</h2>
      <ol className="home-start__steps">
        <li>
          <strong>Add your reps.</strong> <span className="muted">The people you join on calls and coach.</span>
        </li>
        <li>
          <strong>Record your next joint call.</strong>{' '}
          <span className="muted">It shows up here until you and the rep have planned who does what.</span>
        </li>
        <li>
          <strong>Debrief it within a day.</strong>{' '}
          <span className="muted">Let the rep speak first, note the role you really played, and pick one skill to drill.</span>
        </li>
      </ol>
      <div className="cluster">
        {/* The step's own dialog, here: not the Reps page, where the same button would wait again. */}
        <Button variant="primary" onClick={() => setAddingRep(true)}>
          Add your first rep
        </Button>
      </div>
      <RepFormDialog open={addingRep} onClose={() => setAddingRep(false)} />
    </section>
  )
}
