import '../helpers/cleanup'
import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { lazyNamed } from '../../../../renderer/src/lib/lazyNamed'

function Greeting() {
  return <p>Hello from the chunk</p>
}

describe('lazyNamed', () => {
  it('loads a screen once, whether preloaded first or shown first', async () => {
    const load = vi.fn(() => Promise.resolve({ Greeting }))
    const Lazy = lazyNamed(load, 'Greeting')
    await Lazy.preload()
    await Lazy.preload()
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy />
      </Suspense>,
    )
    expect(await screen.findByText('Hello from the chunk')).toBeTruthy()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('never rejects a preload; the failure shows when the screen is drawn', async () => {
    const Lazy = lazyNamed(() => Promise.reject<{ Greeting: typeof Greeting }>(new Error('gone')), 'Greeting')
    await expect(Lazy.preload()).resolves.toBeUndefined()
  })
})
