/**
 * A small seeded generator (mulberry32): the same seed gives the same journal on every machine,
 * which makes demos repeatable and benchmark runs comparable. Not for anything secret.
 */
export type Random = ReturnType<typeof createRandom>

export function createRandom(seed: number) {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const random = {
    /** A float in [0, 1). */
    next,
    /** An integer in [min, max], both included. */
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1))
    },
    chance(probability: number): boolean {
      return next() < probability
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('Cannot pick from an empty list')
      return items[Math.floor(next() * items.length)] as T
    },
    /** One key of `weights`, with probability proportional to its weight. */
    weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
      const entries = Object.entries(weights) as [K, number][]
      const total = entries.reduce((sum, [, w]) => sum + w, 0)
      let roll = next() * total
      for (const [key, weight] of entries) {
        roll -= weight
        if (roll < 0) return key
      }
      return (entries.at(-1) as [K, number])[0]
    },
    /** `count` distinct items in random order (all of them when there are fewer). */
    sample<T>(items: readonly T[], count: number): T[] {
      const copy = [...items]
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1))
        ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
      }
      return copy.slice(0, count)
    },
    /** A count around `mean` (Poisson by Knuth's method; means here stay small). */
    poisson(mean: number): number {
      const limit = Math.exp(-mean)
      let k = 0
      let p = next()
      while (p > limit) {
        k += 1
        p *= next()
      }
      return k
    },
    /** A standard normal draw (Box–Muller). */
    normal(): number {
      const u = 1 - next()
      const v = next()
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
    },
  }
  return random
}
