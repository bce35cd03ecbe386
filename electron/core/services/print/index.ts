export { printHandlers } from './handlers'
