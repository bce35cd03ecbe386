export { insightsHandlers } from './handlers'
export { createInsightsService, type InsightsOptions, type InsightsService, type MetricsQuery } from './metrics'
export { rebuildMetricCounts, verifyMetricCounts } from './verifyCounts'
