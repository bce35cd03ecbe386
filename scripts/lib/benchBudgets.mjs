// Every figure `npm run bench` prints in its one table, with its budget (issue 13). The budgets
// live here and nowhere else: the core benchmark (electron/cli/bench.ts) and the browser one
// (scripts/bench-ui.mjs) only record samples under these ids; scripts/lib/benchTable.mjs judges
// them. A figure without `limit` is shown for reference (no pass or fail).
//
// `limit` is the budget of the median; `op` says whether it may equal it. `maxFloorRatio`, when
// set, is a second budget: the median over the floor measured in the same run (the first screen
// at N against an empty journal).

/** @type {import('./benchBudgets.d.mts').Figure[]} */
export const FIGURES = [
  { id: 'home.open', label: 'open → first screen ready, home (N calls)', unit: 'ms', limit: 800, op: '<', maxFloorRatio: 1.2, floorLabel: 'empty journal' },
  { id: 'home.openEmpty', label: 'open → first screen ready, home (empty journal)', unit: 'ms' },
  { id: 'initialJs', label: 'initial JavaScript of the first screen (gzip)', unit: 'KB', limit: 250, op: '<' },
  { id: 'insights.open', label: 'Insights opened (12 months, the default), settled', unit: 'ms', limit: 600, op: '<' },
  { id: 'insights.periodChange', label: 'Insights period change, slowest of the run, settled', unit: 'ms', limit: 250, op: '<' },
  { id: 'calls.open', label: 'calls list opened from the menu → first rows painted', unit: 'ms', limit: 800, op: '<' },
  { id: 'calls.sort', label: 'calls list sort changed → rows painted', unit: 'ms', limit: 250, op: '<' },
  { id: 'calls.end', label: 'calls list End pressed → last call painted', unit: 'ms', limit: 1000, op: '<' },
  { id: 'search.http.p50', label: 'search, HTTP round trip p50', unit: 'ms', floorLabel: 'app.info p50' },
  { id: 'search.http.p95', label: 'search, HTTP round trip p95', unit: 'ms', limit: 50, op: '<', floorLabel: 'app.info p95' },
  { id: 'search.http.max', label: 'search, HTTP round trip max', unit: 'ms' },
  { id: 'search.ui.p95', label: 'search, keystroke → results painted p95', unit: 'ms', limit: 100, op: '<' },
  { id: 'import.empty', label: 'import journal file into an empty journal', unit: 'ms', limit: 3000, op: '<', floorLabel: 'read + parse + raw insert' },
  { id: 'import.again', label: 'import the same file again (all unchanged)', unit: 'ms', limit: 1500, op: '<', floorLabel: 'read + parse + raw select' },
  { id: 'export.json', label: 'export the journal file (JSON)', unit: 'ms', limit: 1500, op: '<', floorLabel: 'raw select + stringify + write' },
  { id: 'export.csv', label: 'export the calls CSV', unit: 'ms', limit: 1000, op: '<', floorLabel: 'raw select + write same bytes' },
  { id: 'db.perCall', label: 'database size per call (N calls)', unit: 'KB', limit: 3, op: '<' },
  { id: 'db.searchShare', label: 'search index share of the database', unit: '%' },
  { id: 'report.allTime', label: 'progress report, all time, route → print-ready', unit: 'ms', limit: 1000, op: '<' },
  { id: 'autosave.p99', label: 'autosave of a debrief, HTTP round trip p99', unit: 'ms', limit: 20, op: '<', floorLabel: 'app.info p99' },
  { id: 'reminders.list', label: 'reminders.list (the bell, after each save), HTTP round trip p95', unit: 'ms', limit: 50, op: '<', floorLabel: 'app.info p95' },
  { id: 'typing.p95', label: 'typing in a 500-paragraph document, key → next frame p95', unit: 'ms', limit: 16, op: '≤', floorLabel: 'bare contenteditable' },
  { id: 'typing.overFloor', label: 'typing, what the page adds to its floor (p95 − floor p95)', unit: 'ms' },
  { id: 'memory.heap', label: 'renderer JS heap after opening (after GC)', unit: 'MB', limit: 150, op: '<' },
  { id: 'memory.rss', label: 'server RSS after opening', unit: 'MB', limit: 250, op: '<' },
  { id: 'memory.rssAfterRun', label: 'server RSS after the run\'s screens (reference)', unit: 'MB' },
  { id: 'machine.freshMemory', label: 'this machine: 256 MiB of fresh memory first touched (reference)', unit: 'ms' },
  { id: 'machine.cpu', label: 'this machine: a fixed stretch of JavaScript (reference)', unit: 'ms' },
]

/** The series `--series` runs: how each figure grows with the journal. */
export const SERIES_CALLS = [1_000, 10_000, 100_000]

/** The journal file imported and exported: 10,000 calls, or the journal's size when smaller. */
export const EXCHANGE_CALLS = 10_000
