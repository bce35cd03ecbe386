import { createContext, useContext, type ReactNode } from 'react'
import type { Api } from '../../../shared/api'
import { getApi } from './client'

const ApiContext = createContext<Api | null>(null)

/** Hands the Api down the tree; tests give a fake one here instead of stubbing the network. */
export function ApiProvider({ api, children }: { api: Api; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
}

export function useApi(): Api {
  return useContext(ApiContext) ?? getApi()
}
