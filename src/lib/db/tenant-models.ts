/**
 * Every Prisma model that belongs to one gemeente. The tenant choke point (tenant.ts) scopes every
 * query on these models to the current gemeente; the RLS audit test checks that each has forced
 * row-level security in PostgreSQL. Add new tenant models here AND give them a policy in their
 * migration — tests/integration/rls-audit.test.ts fails until both are done.
 */
export const TENANT_MODELS = [
  "Membership",
  "ApiKey",
  "CoalitionPartner",
  "Vestiging",
  "AuditEvent",
  "IdentityProvider",
  "GemeenteLogo",
  // Entrepreneur engagement (prisma/schema/engagement.prisma)
  "ContactPerson",
  "StepChange",
  "ContactMoment",
  "Milestone",
  "Contribution",
  "Doubt",
  "PropositionItem",
  "MailTemplate",
  // Regie (prisma/schema/regie.prisma)
  "BudgetActual",
  "SupportOffer",
  "Event",
  "EventRegistration",
  "PlanItemStatus",
  "SmartGoal",
  // Signaalpunt (prisma/schema/signals.prisma)
  "Signal",
  "SignalTransition",
  "SignalAuditEntry",
  "SignalMailPreference",
  "SignalFeedbackRequest",
  "SignalFeedback",
  // Self-service (prisma/schema/selfservice.prisma)
  "OrganisationClaim",
  // Klankbordgroep (prisma/schema/klankbord.prisma)
  "KlankbordMember",
  "KlankbordMeeting",
  "KlankbordInput",
  // Campaign year plan and event invitations (prisma/schema/campaigns.prisma)
  "Campaign",
  "EventInvitation",
  "EventGuest",
] as const;

export type TenantModel = (typeof TENANT_MODELS)[number];

const set = new Set<string>(TENANT_MODELS);
export function isTenantModel(model: string | undefined): model is TenantModel {
  return !!model && set.has(model);
}
