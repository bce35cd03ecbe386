import { getPageReadBatch, getPageTransport } from '../api/client'
import { sendAhead } from '../api/sentCalls'
import { todayIso } from '../lib/format'
import { firstCallsFor, screenOfAddress } from './firstCalls'

/*
 * Imported first by main.tsx, so it runs before the rest of the bundle (a module's imports run in
 * their order, and the bundler keeps it): the first screen's reads leave now, not once React has
 * drawn the app, through the page's own transport and session (taken from the address as the app
 * takes it), in one request in browser mode (shared/readBatch.ts). The app's queries then find
 * their answers on the way (api/sentCalls.ts). The build puts this module and what it imports in
 * a small chunk of their own (`firstReadsApart` in electron.vite.config.ts), so the stack a
 * watching DevTools records for the first request is this small script's, not the whole entry's.
 */
const { path, params } = screenOfAddress(window.location)
sendAhead(getPageTransport(), firstCallsFor(path, params, todayIso()), getPageReadBatch())
