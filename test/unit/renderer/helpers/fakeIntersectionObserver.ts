import { act } from '@testing-library/react'

/** An IntersectionObserver the test drives: it answers only when told an element came near or went. */
export class FakeObserver {
  static all: FakeObserver[] = []
  readonly elements = new Set<Element>()
  disconnected = false
  constructor(
    private readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeObserver.all.push(this)
  }
  observe(element: Element) {
    this.elements.add(element)
  }
  unobserve(element: Element) {
    this.elements.delete(element)
  }
  disconnect() {
    this.disconnected = true
    this.elements.clear()
  }
  takeRecords(): IntersectionObserverEntry[] {
    return []
  }
  /** Reports every watched element as near (or not) the viewport. */
  static report(isIntersecting: boolean) {
    act(() => {
      for (const observer of FakeObserver.all) {
        if (observer.disconnected) continue
        const entries = [...observer.elements].map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry)
        if (entries.length > 0) observer.callback(entries, observer as unknown as IntersectionObserver)
      }
    })
  }
}
