/**
 * Public surface of the engagement module: what other modules may use of it (pure: no server code; a client component takes these words from its page instead, decision 0021).
 * The server surface is ./server/index.ts. Other modules import only these two (eslint MODULE_WALLS).
 */
export { CONTRIBUTION_LABELS, FIVE_M_LABELS, PAUSE_REASON, STEP_LABELS, STOP_REASON_SELF } from "./labels";
export { WHEN_THE_GEMEENTE_BUYS } from "./principle-words";
export { ZFiveM, ZMotive, ZSector } from "./schemas";
export { SECTORS } from "./sectors";
