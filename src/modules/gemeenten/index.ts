/**
 * Public surface of the gemeenten module for other modules (pure). The server surface is ./server/index.ts.
 */
export { GEMEENTE_PARAM } from "./openapi";
export { settingsObject } from "./settings";
export { listedWijk, wijkenOf } from "./wijken";
