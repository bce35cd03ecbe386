import { render } from '@testing-library/react'
import { isValidElement } from 'react'
import { describe, expect, it } from 'vitest'
import { referenceEntry, withPatternSwatch } from '../../../../../renderer/src/features/insights/charts/legend'

describe('legend entries', () => {
  it('gives a patterned bar a swatch drawn at the pattern’s own scale', () => {
    const entry = withPatternSwatch({ value: 'Crutch', type: 'rect', color: 'url(#c1-crutch)' })
    expect(entry.type).not.toBe('rect')
    expect(isValidElement(entry.legendIcon)).toBe(true)
    const { container } = render(<svg viewBox="0 0 32 32">{entry.legendIcon}</svg>)
    const rect = container.querySelector('rect')
    expect(rect?.getAttribute('fill')).toBe('url(#c1-crutch)')
    // 32 units shown in 14 px: the swatch scales by 32/14 so a 6-unit tile stays 6 px.
    expect(container.querySelector('g')?.getAttribute('transform')).toBe(`scale(${32 / 14})`)
  })

  it('leaves plain colours, lines and symbols as Recharts draws them', () => {
    const plain = { value: 'Rate', type: 'rect' as const, color: '#0072b2' }
    const line = { value: 'Rolling', type: 'line' as const, color: 'url(#x)' }
    expect(withPatternSwatch(plain)).toBe(plain)
    expect(withPatternSwatch(line)).toBe(line)
    expect(withPatternSwatch(referenceEntry({ label: 'Target 70%', dash: '4 4' })).type).toBe('plainline')
  })
})
