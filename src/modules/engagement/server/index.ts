/**
 * Server surface of the engagement module for other modules (the pure surface is ../index.ts).
 * Engagement owns the vestiging, the relation and its steps; other modules change them only through these functions.
 */
export { parseEngagementInput } from "./access";
export { placeInCircle } from "./circle-placement";
export { EXPOSABLE_VESTIGING_WHERE, FROM_EXPOSABLE_SOURCE_WHERE, NOT_HELD_WHERE, exposureState, type ExposureState } from "./exposure";
export { forgetPersonInGemeente } from "./forget-person";
export { createSelfRegisteredOrganisation, createSelfRegisteredVestiging, updateOwnProfile } from "./own-profile";
export { recordAcknowledgement, stopRelation } from "./pipeline";
export { publicRegister, type PublicRegisterEntry, type RegisterWords } from "./public-register";
export { listOwnProposals, proposeActivity, publishOffer } from "./offer-items";
export { holdIfScreened } from "./screen";
export { ACTIVE_COLLABORATION_WHERE } from "./vasthouden";
