/**
 * Server surface of the selfservice module for other modules.
 */
export { confirmedByGemeente } from "./confirmation";
