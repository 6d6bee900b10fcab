/**
 * Server surface of the offer (aanbod) module for other modules.
 */
export { listOffers } from "./offers";
export { proposeActivity } from "./proposals";
