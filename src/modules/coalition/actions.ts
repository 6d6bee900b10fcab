"use server";
/**
 * Server actions for the coalition circles and the klankbordgroep. Each checks the session and the
 * permission itself (server actions are public POST endpoints); the domain functions validate the
 * input and check again. The forms post their FormData here (useActionForm), read with the field
 * lists of ./form-fields.ts.
 */
import { nl } from "@/i18n/nl";
import { AppError, type ActionResult, type FormState } from "@/lib/result";
import { tenantAction, tenantFormAction } from "@/server/action";
import type { TPartner } from "@/modules/partners";
import {
  KLANKBORD_INPUT_FORM,
  KLANKBORD_MEETING_FORM,
  KLANKBORD_MEMBER_FORM,
  KLANKBORD_STATUS_FORM,
  PLACE_VESTIGING_FORM,
  PLACEMENT_FORM,
} from "./form-fields";
import { movePartner, placeVestiging, type TCircleVestiging } from "./server/circles";
import {
  createKlankbordInput,
  createKlankbordMeeting,
  createKlankbordMember,
  deleteKlankbordMember,
  setKlankbordInputStatus,
} from "./server/klankbord";

const PARTNERS = (slug: string) => [`/app/${slug}/partners`];
const KLANKBORD = (slug: string) => [`/app/${slug}/klankbordgroep`];

/** Move a partner to another circle (with its ambassadeur). A partner always sits in a circle. */
export async function movePartnerAction(
  gemeenteSlug: string,
  id: string,
  _prev: FormState<TPartner>,
  fd: FormData,
): Promise<FormState<TPartner>> {
  return tenantFormAction(
    "movePartnerAction",
    gemeenteSlug,
    "partners:manage",
    { data: fd, fields: PLACEMENT_FORM },
    (ctx, input) => movePartner(ctx, String(id), input),
    { refresh: PARTNERS },
  );
}

/**
 * Place an entrepreneur in a circle (or none). `id` is bound for a row of the list; the form for an
 * entrepreneur not in a circle yet binds null and posts which one (`vestigingId`).
 */
export async function placeVestigingAction(
  gemeenteSlug: string,
  id: string | null,
  _prev: FormState<TCircleVestiging>,
  fd: FormData,
): Promise<FormState<TCircleVestiging>> {
  return tenantFormAction(
    "placeVestigingAction",
    gemeenteSlug,
    "partners:manage",
    { data: fd, fields: PLACE_VESTIGING_FORM },
    (ctx, posted) => {
      const { vestigingId, ...input } = posted;
      const target = id ?? vestigingId;
      if (!target) {
        const x = nl.coalitionPages.partners.placeForm;
        throw new AppError("VALIDATION", x.chooseError, { fieldErrors: { vestigingId: [x.chooseFieldError] } });
      }
      return placeVestiging(ctx, String(target), input);
    },
    { refresh: PARTNERS },
  );
}

/** Add a member; the result names it (the form's status line says who was added). */
export async function createKlankbordMemberAction(
  gemeenteSlug: string,
  _prev: FormState<{ id: string; displayName: string }>,
  fd: FormData,
): Promise<FormState<{ id: string; displayName: string }>> {
  return tenantFormAction(
    "createKlankbordMemberAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: KLANKBORD_MEMBER_FORM },
    async (ctx, input) => {
      const { id } = await createKlankbordMember(ctx, input);
      return { id, displayName: String(input.displayName).trim() };
    },
    { refresh: KLANKBORD },
  );
}

export async function deleteKlankbordMemberAction(gemeenteSlug: string, id: string): Promise<ActionResult<{ id: string }>> {
  return tenantAction("deleteKlankbordMemberAction", gemeenteSlug, "coalition:manage", (ctx) => deleteKlankbordMember(ctx, String(id)), {
    refresh: KLANKBORD,
  });
}

export async function createKlankbordMeetingAction(
  gemeenteSlug: string,
  _prev: FormState<{ id: string }>,
  fd: FormData,
): Promise<FormState<{ id: string }>> {
  return tenantFormAction(
    "createKlankbordMeetingAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: KLANKBORD_MEETING_FORM },
    createKlankbordMeeting,
    { refresh: KLANKBORD },
  );
}

export async function createKlankbordInputAction(
  gemeenteSlug: string,
  _prev: FormState<{ id: string }>,
  fd: FormData,
): Promise<FormState<{ id: string }>> {
  return tenantFormAction(
    "createKlankbordInputAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: KLANKBORD_INPUT_FORM },
    createKlankbordInput,
    { refresh: KLANKBORD },
  );
}

export async function setKlankbordInputStatusAction(
  gemeenteSlug: string,
  id: string,
  _prev: FormState<{ id: string }>,
  fd: FormData,
): Promise<FormState<{ id: string }>> {
  return tenantFormAction(
    "setKlankbordInputStatusAction",
    gemeenteSlug,
    "coalition:manage",
    { data: fd, fields: KLANKBORD_STATUS_FORM },
    (ctx, input) => setKlankbordInputStatus(ctx, String(id), input),
    { refresh: KLANKBORD },
  );
}
