import { apiRoute } from "@/server/api";
import { listKlankbordMeetings } from "@/modules/coalition/server/klankbord";

/** GET /api/v1/gemeenten/{gemeente}/klankbordgroep/bijeenkomsten — the meetings (date, topic, notes, number of inputs). */
export const GET = apiRoute("dashboard:read", async ({ ctx }) => listKlankbordMeetings(ctx));
