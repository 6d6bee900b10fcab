/** Part of the Dutch catalogue (nl.ts, which assembles it): the `planPages` section. */
/** Staff pages of the regisseur: dashboard, plan, budget, campaigns, and the national view. Always "je". */
export const planPages = {};
