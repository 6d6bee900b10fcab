import { apiRoute } from "@/server/api";
import { decodeCsvBytes, encodingNotice } from "@/lib/csv/decode";
import { importLonglist } from "@/modules/engagement/server/import-longlist";
import { IMPORT_RAW_BODY } from "@/modules/engagement/openapi";

/**
 * POST /api/v1/gemeenten/{gemeente}/ondernemers/import — body text/csv (the longlist), at most 2 MB.
 * All or nothing: any bad line → 422 IMPORT_INVALID with fieldErrors per "regel N", nothing stored.
 * The file may be UTF-8 or Windows-1252 (what Dutch Excel saves); the answer says which was used.
 */
export const POST = apiRoute(
  "engagement:manage",
  async ({ ctx, raw }) => {
    const { text, encoding } = decodeCsvBytes(raw ?? new Uint8Array());
    const result = await importLonglist(ctx, text);
    return { ...result, encoding, encodingNotice: encodingNotice(encoding) };
  },
  { status: 201, raw: IMPORT_RAW_BODY },
);
