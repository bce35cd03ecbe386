import { installNodeIteratorFix } from './happyDomNodeIterator'
import { installNodeNameFix } from './happyDomNodeName'

/** Makes happy-dom behave like a browser where DOMPurify depends on it; returns the undo. */
export function installHappyDomFixes(): () => void {
  const undo = [installNodeNameFix(), installNodeIteratorFix()]
  return () => undo.reverse().forEach((restore) => restore())
}
