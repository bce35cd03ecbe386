import { configure } from '@testing-library/react'
import { STATE_WAIT } from '../../../helpers/waitBound'
import { installNodeIteratorFix } from './happyDomNodeIterator'
import { installNodeNameFix } from './happyDomNodeName'

/**
 * Renderer-wide vitest setup (`setupFiles` in vitest.config.ts), run before every renderer test
 * file: happy-dom is made to behave like a browser where DOMPurify depends on it, so any test that
 * reaches the paste sanitiser (the editor, the brief screens) sees browser behaviour without
 * having to remember to ask for it. Each fix checks first and does nothing once happy-dom is right.
 */
// A file that asks for the node environment (a stream test) has no DOM to fix.
if (typeof window !== 'undefined') {
  installNodeNameFix()
  installNodeIteratorFix()
}

// findBy… and waitFor end when the element appears; the bound is only when a missing one fails
// (screens load as their own chunk, which takes longer than testing-library's 1 s on a busy machine).
configure({ asyncUtilTimeout: STATE_WAIT.timeout })
