import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { InputOf } from '../../../../shared/contract'
import { useApi } from '../../api/ApiProvider'
import { unwrap } from '../../api/errors'
import { invalidateJournal } from '../../api/invalidate'

/**
 * The import and export operations as TanStack hooks. Previews are mutations, not queries: they
 * carry a whole file, run when the person asks, and their answer belongs to that one step.
 */
export const savedMappingsKey = ['imports', 'mappings'] as const

export function useSavedMappings() {
  const api = useApi()
  return useQuery({ queryKey: savedMappingsKey, queryFn: () => unwrap(api.imports.listMappings({})) })
}

export function useDeleteMapping() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(api.imports.deleteMapping({ id })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: savedMappingsKey }),
  })
}

export function useExportJournal() {
  const api = useApi()
  return useMutation({ mutationFn: () => unwrap(api.journal.exportFile({})) })
}

export function useExportCallsCsv() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'exports', 'callsCsv'>) => unwrap(api.exports.callsCsv(input)) })
}

export function useExportMetricsCsv() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'exports', 'metricsCsv'>) => unwrap(api.exports.metricsCsv(input)) })
}

export function useJournalPreview() {
  const api = useApi()
  return useMutation({ mutationFn: (text: string) => unwrap(api.journal.previewImport({ text })) })
}

export function useJournalImport() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: { text: string; takeFileVersions: boolean }) => unwrap(api.journal.import(input)),
    // The file may carry settings (into an empty journal): refresh those too.
    onSuccess: () => queryClient.invalidateQueries(),
  })
}

export function useCsvPreview() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'imports', 'csvPreview'>) => unwrap(api.imports.csvPreview(input)) })
}

export function useCsvApply() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'imports', 'csvApply'>) => unwrap(api.imports.csvApply(input)),
    onSuccess: () => invalidateJournal(queryClient),
  })
}

export function useIcsPreview() {
  const api = useApi()
  return useMutation({ mutationFn: (input: InputOf<'imports', 'icsPreview'>) => unwrap(api.imports.icsPreview(input)) })
}

export function useIcsApply() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: InputOf<'imports', 'icsApply'>) => unwrap(api.imports.icsApply(input)),
    onSuccess: () => invalidateJournal(queryClient),
  })
}
