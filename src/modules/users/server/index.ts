/**
 * Server surface of the users module for other modules (docs/ARCHITECTURE.md). Users owns the User and Membership
 * tables: other modules add or delete accounts and memberships only through these functions.
 */
export { addEntrepreneurMembership, deleteAccount, findOrCreateUser, grantMembership, makePlatformAdmin } from "./memberships";
