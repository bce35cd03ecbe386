import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { InputOf } from '../../../../shared/contract'
import type { CoachingSession } from '../../../../shared/entities'
import { useApi } from '../../api/ApiProvider'
import { ok } from '../../../../shared/result'
import { ApiError, unwrap } from '../../api/errors'
import { invalidateJournal } from '../../api/invalidate'
import type { MergedSave } from '../../lib/editing'

export type SessionCreateInput = InputOf<'sessions', 'create'>
export type SessionUpdateInput = InputOf<'sessions', 'update'>
export type SessionFilter = { repId?: string }

export const sessionKeys = {
  all: ['sessions'] as const,
  list: (filter: SessionFilter) => ['sessions', 'list', filter] as const,
  detail: (id: string) => ['sessions', 'detail', id] as const,
}

/** Newest first, whatever order an answer comes in (a stable sort keeps same-day order). */
export function sortSessions(sessions: readonly CoachingSession[]): CoachingSession[] {
  return [...sessions].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
}

export function useSessions(filter: SessionFilter = {}) {
  const api = useApi()
  return useQuery({
    queryKey: sessionKeys.list(filter),
    queryFn: async () => sortSessions(await unwrap(api.sessions.list(filter.repId ? { repId: filter.repId } : {}))),
  })
}

/**
 * One session. The contract has no `sessions.get`, so this reads the list and picks it out; a
 * coaching journal holds hundreds of sessions, not millions. A missing one fails as NOT_FOUND,
 * like every other record.
 */
export function useSession(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: sessionKeys.detail(id),
    queryFn: async () => {
      const all = await unwrap(api.sessions.list({}))
      const found = all.find((session) => session.id === id)
      if (!found) throw new ApiError({ code: 'NOT_FOUND', message: 'That coaching session is not in your journal' })
      return found
    },
  })
}

export function useCreateSession() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: SessionCreateInput) => unwrap(api.sessions.create(input)),
    onSuccess: () => invalidateJournal(queryClient),
  })
}

/**
 * Saves changes to a session (autosave calls this often), stating the base the screen started
 * from so another window's changes merge in (docs/conflicts.md). The session's own cache entry
 * takes the saved record at once, so the page does not refetch what it just wrote; lists and the
 * figures derived from sessions are marked stale. Answers a Result, as autosave expects.
 */
export function useSaveSession(id: string): MergedSave<SessionCreateInput, CoachingSession> {
  const api = useApi()
  const queryClient = useQueryClient()
  return useCallback<MergedSave<SessionCreateInput, CoachingSession>>(
    async (input, base) => {
      const result = await api.sessions.update({ id, ...input, base })
      if (!result.ok) return result
      const saved = result.value.session
      queryClient.setQueryData(sessionKeys.detail(saved.id), saved)
      await invalidateJournal(queryClient, [sessionKeys.detail(saved.id)])
      return ok({ stored: saved, conflicts: result.value.conflicts })
    },
    [api, queryClient, id],
  )
}

export function useDeleteSession() {
  const api = useApi()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => unwrap(api.sessions.delete({ id })),
    onSuccess: (_value, id) => invalidateJournal(queryClient, [sessionKeys.detail(id)]),
  })
}
