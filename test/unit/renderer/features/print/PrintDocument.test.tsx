import '../../helpers/cleanup'
import { render } from '@testing-library/react'
import { useEffect } from 'react'
import { describe, expect, it } from 'vitest'
import { PrintDocument } from '../../../../../renderer/src/features/print/PrintDocument'

/** Notes, in its own (passive) effect, whether the page was already marked as a print view: as a chart's effects measure the page. */
function Measures({ seen }: { seen: Array<string | undefined> }) {
  useEffect(() => {
    seen.push(document.documentElement.dataset['printView'])
  }, [seen])
  return <p>chart</p>
}

describe('PrintDocument', () => {
  it('marks the page as a print view before its contents’ effects run (they measure the page: issue 13), and unmarks it when gone', () => {
    const seen: Array<string | undefined> = []
    const view = render(
      <PrintDocument paperSize="a4" running={{ topLeft: 'Coachbook progress report' }} title="Progress report" laidOut={false} layout="flow">
        <Measures seen={seen} />
      </PrintDocument>,
    )
    expect(seen).toEqual(['true'])
    view.unmount()
    expect(document.documentElement.dataset['printView']).toBeUndefined()
  })
})
