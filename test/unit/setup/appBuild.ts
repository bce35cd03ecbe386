import type { TestProject } from 'vitest/node'
import { acquireBuild } from '../../helpers/appBuild'

/**
 * Global setup of the `built` project: the tests that run the built CLI get one build per run
 * (`inject('appBuildDir')`), the one `npm test` made or a new one removed afterwards.
 */
export default function setup(project: TestProject): () => void {
  const build = acquireBuild()
  project.provide('appBuildDir', build.dir)
  return build.release
}

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting vitest's interface needs an interface
  export interface ProvidedContext {
    appBuildDir: string
  }
}
