import type { Handlers } from '../../../../shared/contract'
import { AppFailure } from '../../../../shared/result'
import type { CoreContext } from '../../context'
import { callsCsv } from './callsCsv'
import { applyCsvImport, previewCsvImport, resolveOptions } from './csvImport'
import { applyIcsImport, previewIcsImport } from './icsImport'
import { createMappingStore } from './mappingStore'
import { metricsCsv } from './metricsCsv'

export function exportsHandlers(ctx: CoreContext): Handlers['exports'] {
  return {
    callsCsv: (query) => callsCsv(ctx, query),
    metricsCsv: (query) => metricsCsv(ctx, query),
  }
}

export function importsHandlers(ctx: CoreContext): Handlers['imports'] {
  const mappings = createMappingStore(ctx.db)
  return {
    csvPreview: (input) => previewCsvImport(ctx, input),
    csvApply: (input) => applyCsvImport(ctx, input),
    icsPreview: (input) => previewIcsImport(ctx, input),
    icsApply: (input) => applyIcsImport(ctx, input),
    listMappings: () => mappings.list(),
    saveMapping: ({ name, mapping, options, headers }) =>
      ctx.write(() => mappings.save({ name, mapping, options: resolveOptions(options), headers }, ctx.now())),
    deleteMapping: ({ id }) => {
      if (!mappings.delete(id)) throw new AppFailure('NOT_FOUND', `No saved mapping with id "${id}"`)
      return { id }
    },
  }
}
