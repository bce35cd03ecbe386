import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/shared/**/*.test.ts', 'test/unit/electron/**/*.test.ts', 'test/unit/tooling/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          // happy-dom made browser-like where DOMPurify needs it, for every renderer test file.
          setupFiles: ['test/unit/renderer/setup/happyDom.ts'],
        },
      },
    ],
  },
})
