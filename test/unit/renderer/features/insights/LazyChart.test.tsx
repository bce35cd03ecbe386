import '../../helpers/cleanup'
import { render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AskShareChart, RescueRateChart } from '../../../../../renderer/src/features/insights/charts'
import { LazyChart } from '../../../../../renderer/src/features/insights/charts/LazyChart'
import { FakeObserver } from '../../helpers/fakeIntersectionObserver'

beforeEach(() => {
  FakeObserver.all = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const rows = [
  { period: '2026-W01', label: 'Week 1, 2026', tick: 'W1', askShare: 0.4, sessionAskShare: null },
  { period: '2026-W02', label: 'Week 2, 2026', tick: 'W2', askShare: 0.6, sessionAskShare: null },
]

describe('LazyChart', () => {
  it('holds an empty box of the chart’s height until the chart comes near the viewport, and empties it again when it leaves', () => {
    const { container } = render(
      <LazyChart eager={false} height={240}>
        <p>the chart</p>
      </LazyChart>,
    )
    const box = container.firstElementChild as HTMLElement
    expect(box.style.height).toBe('240px')
    expect(screen.queryByText('the chart')).toBeNull()

    FakeObserver.report(true)
    expect(screen.getByText('the chart')).toBeTruthy()
    expect(box.style.height).toBe('240px')

    FakeObserver.report(false)
    expect(screen.queryByText('the chart')).toBeNull()
    expect(container.firstElementChild).toBe(box)
  })

  it('keeps the shape of a chart that scales with its width', () => {
    const { container } = render(
      <LazyChart eager={false} aspectRatio={2}>
        <p>the heatmap</p>
      </LazyChart>,
    )
    expect((container.firstElementChild as HTMLElement).style.aspectRatio).toMatch(/^2( \/ 1)?$/)
    expect(screen.queryByText('the heatmap')).toBeNull()
  })

  it('draws an eager chart at once, with no box and no observer', () => {
    const { container } = render(
      <LazyChart eager height={240}>
        <p>the printed chart</p>
      </LazyChart>,
    )
    expect(container.firstElementChild?.textContent).toBe('the printed chart')
    expect(container.firstElementChild?.tagName).toBe('P')
    expect(FakeObserver.all).toHaveLength(0)
  })

  it('stops watching once the chart is gone', () => {
    const { unmount } = render(
      <LazyChart eager={false} height={100}>
        <p>the chart</p>
      </LazyChart>,
    )
    expect(FakeObserver.all).toHaveLength(1)
    unmount()
    expect(FakeObserver.all[0]?.disconnected).toBe(true)
  })

  it('draws at once where there is no IntersectionObserver', () => {
    vi.stubGlobal('IntersectionObserver', undefined)
    render(
      <LazyChart eager={false} height={100}>
        <p>the chart</p>
      </LazyChart>,
    )
    expect(screen.getByText('the chart')).toBeTruthy()
  })
})

describe('the Insights charts on screen and in print', () => {
  it('draws a printed chart at once and a screen chart only near the viewport', () => {
    const { container } = render(
      <>
        <div data-testid="print">
          <RescueRateChart print width={300} height={200} data={[{ ...rows[0]!, debriefed: 4, rescues: 1, rate: 0.25, rolling: 0.3 }]} />
        </div>
        <div data-testid="screen">
          <AskShareChart data={rows} />
        </div>
      </>,
    )
    expect(screen.getByTestId('print').querySelector('svg.recharts-surface')).not.toBeNull()
    const onScreen = screen.getByTestId('screen')
    expect(onScreen.querySelector('.recharts-responsive-container')).toBeNull()
    expect(onScreen.querySelector<HTMLElement>('.lazy-chart')?.style.height).toBe('240px')

    FakeObserver.report(true)
    expect(onScreen.querySelector('.recharts-responsive-container')).not.toBeNull()
    expect(container.querySelectorAll('figure')).toHaveLength(2)
  })
})
