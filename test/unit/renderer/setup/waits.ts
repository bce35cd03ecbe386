import { configure } from '@testing-library/react'

/**
 * How long `findBy…` and `waitFor` wait for a state by default. The first screen a test file
 * shows is loaded lazily (renderer/src/app/routes.tsx), and vitest transforms its module graph on
 * demand at that moment: a one-time cost of about a second that grows with the machine's load and
 * is not what any test checks. Testing Library's 1 s default made the first test of a file fail
 * on a busy machine; 5 s waits for the same states, only longer before giving up.
 */
configure({ asyncUtilTimeout: 5000 })
