import { AppFailure } from '../../../shared/result'

/** The NOT_FOUND messages, worded once so every operation names a missing record the same way. */
export const noRep = (id: string) => new AppFailure('NOT_FOUND', `No rep with id "${id}"`)
export const noCall = (id: string) => new AppFailure('NOT_FOUND', `No call with id "${id}"`)
export const noSession = (id: string) => new AppFailure('NOT_FOUND', `No coaching session with id "${id}"`)
export const noPrebrief = (callId: string) => new AppFailure('NOT_FOUND', `Call "${callId}" has no pre-brief`)
export const noDebrief = (callId: string) => new AppFailure('NOT_FOUND', `Call "${callId}" has no debrief`)
