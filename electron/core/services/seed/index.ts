export {
  DEFAULT_SEED,
  MAX_SEED_CALLS,
  SEED_INTERSTATE_THRESHOLD,
  SEED_VERSION,
  seedJournal,
  type SeedOptions,
  type SeedSummary,
} from './seedJournal'
