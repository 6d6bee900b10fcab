/**
 * Public surface of the offer (aanbod) module for other modules (pure). The server surface is ./server/index.ts.
 */
export { confirmMonthsFrom, coverageByTargetGroup, staleBefore } from "./freshness";
export { TARGET_GROUPS, TARGET_GROUP_LABELS, ZActivityProposal, type TargetGroup } from "./schemas";
