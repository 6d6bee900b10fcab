/**
 * Public surface of the coalition module for other modules (pure).
 */
export { assertKernteamAmbassador } from "./rules";
