import { expect, it } from 'vitest'
import { applyPatch } from '../../../../../electron/core/services/patch'

const rep = { name: 'Dana', title: 'AE' as string | null, archived: false }

it('leaves fields whose key is undefined or absent, clears null ones and replaces the rest', () => {
  expect(applyPatch(rep, {})).toEqual(rep)
  expect(applyPatch(rep, { title: undefined })).toEqual(rep)
  expect(applyPatch(rep, { title: null })).toEqual({ ...rep, title: null })
  expect(applyPatch(rep, { name: 'Dana O.', archived: true })).toEqual({ name: 'Dana O.', title: 'AE', archived: true })
})

it('does not change the record it was given, nor add keys it does not have', () => {
  const patched = applyPatch(rep, { title: null, extra: 1 } as never)
  expect(rep.title).toBe('AE')
  expect(Object.keys(patched)).toEqual(['name', 'title', 'archived'])
})
