import { apiRoute } from "@/server/api";
import { listPartners } from "@/modules/partners/server/list-partners";
import { createPartner } from "@/modules/partners/server/create-partner";

/** GET /api/v1/gemeenten/{gemeente}/partners?circle=&kind= */
export const GET = apiRoute("partners:read", async ({ ctx, query }) => listPartners(ctx, query));

/** POST /api/v1/gemeenten/{gemeente}/partners — the domain function validates the body (ZPartnerInput). */
export const POST = apiRoute("partners:manage", async ({ ctx, body }) => createPartner(ctx, body ?? {}), { status: 201 });
