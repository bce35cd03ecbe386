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

  it('draws a screen whose code has loaded at its first render, without its fallback', async () => {
    const Lazy = lazyNamed(() => Promise.resolve({ Greeting }), 'Greeting')
    await Lazy.preload()
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy />
      </Suspense>,
    )
    // No wait: React 19 would keep a fallback shown for 300 ms before revealing what follows it.
    expect(screen.getByText('Hello from the chunk')).toBeTruthy()
    expect(screen.queryByText('Loading')).toBeNull()
  })

  it('shows the fallback while the code loads, then the screen', async () => {
    let arrive: (module: { Greeting: typeof Greeting }) => void = () => undefined
    const Lazy = lazyNamed(() => new Promise<{ Greeting: typeof Greeting }>((resolve) => (arrive = resolve)), 'Greeting')
    const view = render(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy />
      </Suspense>,
    )
    expect(screen.getByText('Loading')).toBeTruthy()
    arrive({ Greeting })
    expect(await screen.findByText('Hello from the chunk')).toBeTruthy()
    view.rerender(
      <Suspense fallback={<p>Loading</p>}>
        <Lazy />
      </Suspense>,
    )
    expect(screen.getByText('Hello from the chunk')).toBeTruthy()
  })
})

