import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { RescueRateTable } from '../../../../../renderer/src/features/insights/charts/RescueRateChart'
import { RoleMixTable } from '../../../../../renderer/src/features/insights/charts/RoleMixChart'

describe('period tables', () => {
  afterEach(cleanup)

  it('give each period a row headed by its label, with a cell per column in order', () => {
    render(
      <RescueRateTable
        data={[
          { period: '2026-10', label: 'Oct 2026', tick: 'Oct', debriefed: 8, rescues: 2, rate: 0.25, rolling: 0.3 },
          { period: '2026-11', label: 'Nov 2026', tick: 'Nov', debriefed: 0, rescues: 0, rate: null, rolling: null },
        ]}
      />,
    )
    const table = screen.getByRole('table', { name: 'Rescue rate by period' })
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent)
    expect(headers).toEqual(['Period', 'Debriefed', 'Rescues', 'Rescue rate', 'Rolling 90-day rate'])
    const [, october, november] = within(table).getAllByRole('row')
    expect(within(october!).getByRole('rowheader').textContent).toBe('Oct 2026')
    expect(within(october!).getAllByRole('cell').map((td) => td.textContent)).toEqual(['8', '2', '25%', '30%'])
    // An empty month has no rate: shown as a dash, never 0%.
    expect(within(november!).getAllByRole('cell').map((td) => td.textContent)).not.toContain('0%')
  })

  it('lists the four roles then the total for the role mix', () => {
    render(
      <RoleMixTable
        data={[
          { period: '2026-11', label: 'Nov 2026', tick: 'Nov', debriefed: 6, visiting_dignitary: 1, depth_and_breadth: 2, technical_expert: 0, crutch: 3 },
        ]}
      />,
    )
    const table = screen.getByRole('table', { name: 'Debriefed calls by actual role and period' })
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Period',
      'Visiting dignitary',
      'Depth and breadth',
      'Technical expert',
      'Crutch',
      'Debriefed',
    ])
    const row = within(table).getAllByRole('row')[1]!
    expect(within(row).getAllByRole('cell').map((td) => td.textContent)).toEqual(['1', '2', '0', '3', '6'])
  })
})
