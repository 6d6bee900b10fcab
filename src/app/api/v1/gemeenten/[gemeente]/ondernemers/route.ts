import { apiRoute } from "@/server/api";
import { createVestiging, searchVestigingen } from "@/modules/engagement/server/registry";
import { registryQuery } from "./query";

/** GET /api/v1/gemeenten/{gemeente}/ondernemers?q=&sector=&wijk=&step=&parked=&stopped=&sort=&dir=&page=&pageSize= */
export const GET = apiRoute("engagement:read", async ({ ctx, query }) => searchVestigingen(ctx, registryQuery(query)));

/** POST /api/v1/gemeenten/{gemeente}/ondernemers — body validated by ZCreateVestiging in the domain. */
export const POST = apiRoute("engagement:manage", async ({ ctx, body }) => createVestiging(ctx, body ?? {}), { status: 201 });
