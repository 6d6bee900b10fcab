import { apiRoute } from "@/server/api";
import { getPartner } from "@/modules/partners/server/get-partner";
import { updatePartner } from "@/modules/partners/server/update-partner";
import { deletePartner } from "@/modules/partners/server/delete-partner";

/** GET /api/v1/gemeenten/{gemeente}/partners/{id} */
export const GET = apiRoute("partners:read", async ({ ctx, params }) => getPartner(ctx, params.id));

/** PATCH /api/v1/gemeenten/{gemeente}/partners/{id} — body validated by ZPartnerPatch in the domain. */
export const PATCH = apiRoute("partners:manage", async ({ ctx, params, body }) => updatePartner(ctx, params.id, body ?? {}));

/** DELETE /api/v1/gemeenten/{gemeente}/partners/{id} → 204 */
export const DELETE = apiRoute("partners:manage", async ({ ctx, params }) => {
  await deletePartner(ctx, params.id);
  return undefined;
});
