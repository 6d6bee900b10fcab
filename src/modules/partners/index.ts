/**
 * Public surface of the partners module for other modules (pure). The server surface is ./server/index.ts.
 */
export { COALITION_CIRCLE_LABELS, type TPartner } from "./schemas";
