import '../../helpers/cleanup'
import { render, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { RoleMixChart } from '../../../../../renderer/src/features/insights/charts'
import { LEGEND_ROW_PX, StaticLegend } from '../../../../../renderer/src/features/insights/charts/legend'

const names = (root: HTMLElement) => [...root.querySelectorAll('.recharts-legend-item-text')].map((item) => item.textContent)

describe('StaticLegend (a printed chart’s legend, drawn without measuring)', () => {
  it('lists the series by name as Recharts sorts them, then the reference lines, patterns as swatches', () => {
    const { container } = render(
      <StaticLegend
        width={288}
        series={[
          { value: 'Rolling 90-day rate', type: 'line', color: '#000' },
          { value: 'Rescue rate', type: 'rect', color: 'url(#c1-rescue)' },
        ]}
        references={[{ label: 'Target 70%', dash: '4 4', print: true }]}
      />,
    )
    const wrapper = container.querySelector<HTMLElement>('.recharts-legend-wrapper')!
    expect(wrapper.style.width).toBe('288px')
    expect(names(wrapper)).toEqual(['Rescue rate', 'Rolling 90-day rate', 'Target 70%'])
    // The patterned bar shows its pattern (withPatternSwatch), the reference its dash.
    expect(wrapper.querySelector('.legend-item-0 rect')?.getAttribute('fill')).toBe('url(#c1-rescue)')
    expect(wrapper.querySelector('.legend-item-2 line')?.getAttribute('stroke-dasharray')).toBe('4 4')
  })
})

describe('a chart with a legend, printed at a fixed size', () => {
  const data = [
    { period: '2026-01', label: 'January 2026', tick: 'Jan 26', visiting_dignitary: 3, depth_and_breadth: 2, technical_expert: 1, crutch: 4, debriefed: 10 },
    { period: '2026-02', label: 'February 2026', tick: 'Feb 26', visiting_dignitary: 1, depth_and_breadth: 5, technical_expert: 2, crutch: 0, debriefed: 8 },
  ]

  it('draws its legend below the plot, the plot shorter by the legend’s rows, and the same chart on screen keeps Recharts’ legend', () => {
    const printed = render(<RoleMixChart print width={300} height={200} data={data} />).container
    const wrapper = printed.querySelector<HTMLElement>('.recharts-wrapper')!
    expect(wrapper.querySelector('.recharts-legend-wrapper')).toBeNull()
    expect(printed.querySelector('svg.recharts-surface[role="application"]')?.getAttribute('height')).toBe(String(200 - 2 * LEGEND_ROW_PX))
    const legend = wrapper.nextElementSibling as HTMLElement
    expect(legend.classList.contains('recharts-legend-wrapper')).toBe(true)
    expect(names(legend)).toEqual(['Crutch', 'Depth and breadth', 'Technical expert', 'Visiting dignitary'])
    expect(within(legend).getAllByRole('listitem')).toHaveLength(4)

    const onScreen = render(<RoleMixChart width={300} height={200} data={data} />).container
    expect(onScreen.querySelector('svg.recharts-surface[role="application"]')?.getAttribute('height')).toBe('200')
    expect(onScreen.querySelector('.recharts-wrapper .recharts-legend-wrapper')).not.toBeNull()
  })
})
