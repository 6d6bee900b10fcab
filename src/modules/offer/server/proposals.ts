/**
 * Activities proposed by entrepreneurs. Since issue 13 these rows are written by the engagement
 * core (src/modules/engagement/server/offer-items.ts), which links them to the entrepreneur's
 * vestiging, refuses a stopped entrepreneur, screens the text, and publishes only while the
 * vestiging may be shown. This file keeps the module's import path.
 */
export { listOwnProposals, proposeActivity, publishOffer } from "@/modules/engagement/server";
