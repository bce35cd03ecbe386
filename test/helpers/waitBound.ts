/**
 * How long a unit test may wait for a state it expects (a window shown, a thread answering). The
 * wait ends as soon as the state arrives; the bound only decides when a missing state becomes a
 * failure. vi.waitFor's own default (1 s) fails on a machine busy with other work, which is a
 * flaky test, not a slow app: slowness is what the run's slowest-tests list and the benchmark show.
 */
export const STATE_WAIT = { timeout: 10_000, interval: 20 } as const
