/**
 * The file sandbox: files read off the journal's thread, with limits (see ./sandbox.ts). The
 * readers (./runParseJob.ts) are not exported here: only the worker loads them.
 */
export { FILE_KIND_NAMES, fileReader, type FileReader, type ParseJob, type ParseKind } from './jobs'
export { limitsFor, type SandboxLimits } from './limits'
export { createSandbox, defaultWorkerFile, sandboxFileReader, WORKER_FILE_NAME, type Sandbox, type SandboxOptions } from './sandbox'
