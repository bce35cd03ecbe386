import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from './ApiProvider'
import { unwrap } from './errors'

/** The backups in the data folder's backups/ (docs/backups.md), newest first. */
export const backupsKey = ['backups'] as const

export function useBackups() {
  const api = useApi()
  return useQuery({ queryKey: backupsKey, queryFn: () => unwrap(api.backups.list({})) })
}

export function useCreateBackup() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => unwrap(api.backups.create({})),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: backupsKey }),
  })
}

/** After a restore the whole journal is different: every cached read goes, settings included. */
export function useRestoreBackup() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => unwrap(api.backups.restore({ name })),
    onSuccess: () => queryClient.invalidateQueries(),
  })
}
