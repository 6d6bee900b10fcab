/**
 * Server surface of the signals module for other modules. Signals own the resident's data: other modules read
 * and write a signal only through these functions, which apply the same visibility and encryption.
 */
export { signalCategories } from "./common";
export { createSignal } from "./create-signal";
export { satisfactionFigure, type SatisfactionFigure } from "./feedback";
export { pruneConsumedFormTokens } from "./public-intake";
export { listOwnSignals } from "./read-signals";
