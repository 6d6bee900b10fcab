/** Part of the Dutch catalogue (nl.ts, which assembles it): the `coalitionPages` section. */
/** Staff pages of the coalition: agenda, klankbordgroep, partners, people, log, house style, settings, the offer. Always "je". */
export const coalitionPages = {};
