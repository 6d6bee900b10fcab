/**
 * Public surface of the signals module for other modules (pure). The server surface is ./server/index.ts.
 */
export { SIGNAL_STATUSES, reporterStatus, type SignalStatus } from "./flow";
export { STATUS_LABELS } from "./labels";
export { signalCategoriesOf, type SignalSource } from "./schemas";
