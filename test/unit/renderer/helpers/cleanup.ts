import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

// Vitest runs without globals here, so Testing Library cannot register its own cleanup:
// importing this file unmounts every render after each test.
afterEach(() => {
  cleanup()
})
