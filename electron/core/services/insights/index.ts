export { insightsHandlers } from './handlers'
export { createInsightsService, type InsightsOptions, type InsightsService, type MetricsQuery } from './metrics'
export { rebuildMetricCounts, verifyMetricCounts } from './verifyCounts'
export { createChartsService, type ChartsQuery, type ChartsService, type CrutchCallsQuery } from './charts'
