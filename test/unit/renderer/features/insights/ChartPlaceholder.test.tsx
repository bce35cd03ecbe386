import '../../helpers/cleanup'
import { render } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SelfSufficiencySeries } from '../../../../../shared/insightsSeries'
import {
  AskShareChart,
  BriefRatesChart,
  CalibrationChart,
  RescueRateChart,
  RescueScatterChart,
  RoleMixChart,
  SelfSufficiencyChart,
} from '../../../../../renderer/src/features/insights/charts'
import { ChartPlaceholder, SelfSufficiencyPlaceholder } from '../../../../../renderer/src/features/insights/charts/ChartPlaceholder'
import type { CHART_FRAMES } from '../../../../../renderer/src/features/insights/charts/chartFrames'
import { FakeObserver } from '../../helpers/fakeIntersectionObserver'

beforeEach(() => {
  FakeObserver.all = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

/** Every chart the Insights screen loads apart (features/insights/lazyCharts.ts), as it is drawn there. */
const charts: Record<keyof typeof CHART_FRAMES, ReactElement> = {
  rescueRate: <RescueRateChart data={[]} />,
  roleMix: <RoleMixChart data={[]} />,
  rescueScatter: (
    <RescueScatterChart
      scatter={{ rescues: 0, withValue: 0, avoidable: 0, binned: false, points: [] }}
      from="2026-01-01"
      to="2026-03-31"
      interstateThreshold={null}
      currency="USD"
    />
  ),
  askShare: <AskShareChart data={[]} />,
  briefRates: <BriefRatesChart data={[]} />,
  calibration: <CalibrationChart data={[]} />,
}

const markup = (element: ReactElement) => {
  const { container, unmount } = render(element)
  const html = container.innerHTML
  unmount()
  return html
}

describe('the place a chart holds while its drawing loads', () => {
  it('is, for each chart, the very box the chart holds away from the viewport: same name, same height', () => {
    for (const [chart, element] of Object.entries(charts) as [keyof typeof charts, ReactElement][]) {
      const held = markup(element)
      expect(held, chart).toContain('lazy-chart')
      expect(markup(<ChartPlaceholder chart={chart} />), chart).toBe(held)
    }
  })

  it('is every rep’s panel, titled, for the self-sufficiency small multiples', () => {
    const rep = (repId: string, repName: string, archived = false): SelfSufficiencySeries => ({ repId, repName, archived, rows: [], debriefed: 3 })
    const series = [rep('r1', 'Ana Lima'), rep('r2', 'Ben Okafor', true), rep('r3', 'Chloé Martin')]
    const held = markup(<SelfSufficiencyChart series={series} />)
    expect(held).toContain('Ben Okafor (archived)')
    expect(held.match(/lazy-chart/g)).toHaveLength(3)
    expect(markup(<SelfSufficiencyPlaceholder series={series} />)).toBe(held)
  })
})
