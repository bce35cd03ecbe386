import type { Channel } from '../../../shared/contract'
import type { Result } from '../../../shared/result'

/**
 * How one call travels to the core and back. Each transport answers a Result for every call and
 * never rejects: a broken pipe, a lost session or a garbled answer become `Fail`s like any other.
 */
export type Transport = (channel: Channel, input: unknown) => Promise<Result<unknown>>

/**
 * Several reads sent as one (browser mode's `/api/batch`, shared/readBatch.ts): the answer of
 * each, in the calls' order. Each answer is a Result, never a rejection, as with a Transport.
 */
export type ReadBatch = (calls: ReadonlyArray<{ channel: Channel; input: unknown }>) => Array<Promise<Result<unknown>>>
