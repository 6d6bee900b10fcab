/**
 * Server surface of the partners module for other modules.
 */
export { listPartners } from "./list-partners";
export { updatePartner } from "./update-partner";
