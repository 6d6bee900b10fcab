"use client";
/**
 * The entrepreneur's register form (/ondernemer). Like every self-service form it validates in the
 * browser with the SAME zod schema the server uses, loaded on demand (./form-parts.tsx,
 * docs/decisions/0011); the server action validates again. The other forms live in ./join-form.tsx
 * and ./profile-forms.tsx, so /mijn-organisatie does not load this one.
 */
import { useState } from "react";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { aria, buttonClass, Field, loadSchemas, SectorSelect } from "./form-parts";
import { FormStatus, inputClass } from "@/components/forms/form-fields";
import { JoinForm as JoinFormWithChoices } from "./join-form";
import type { JoinTexts } from "./join-texts";
import { SECTOR_CHOICES } from "./profile-fields";
import { REGISTER_FORM } from "../form-fields";
import type { JoinResult, RegisterResult } from "../server/self-service";
import type { Messages } from "@/i18n/messages";

/** From the catalogue (selfServicePages.register and .form), handed over by the page: not in this form's script. */
export type RegisterTexts = Messages["selfServicePages"]["register"] & Messages["selfServicePages"]["form"];

/** Join a gemeente (on /ondernemer): `askSector` adds the sector choice. */
export function JoinForm({
  action,
  gemeenten,
  askSector,
  texts,
}: {
  action: FormAction<JoinResult>;
  gemeenten: { slug: string; name: string }[];
  askSector: boolean;
  texts: JoinTexts;
}) {
  return <JoinFormWithChoices action={action} gemeenten={gemeenten} sectors={askSector ? SECTOR_CHOICES : undefined} texts={texts} />;
}

/** Claim or create the organisation's profile in one gemeente (`action`: registerOrganisationAction, from the page). */
export function RegisterForm({
  action,
  gemeenten,
  texts: x,
}: {
  action: FormAction<RegisterResult>;
  gemeenten: { slug: string; name: string }[];
  texts: RegisterTexts;
}) {
  const [chosen, setSlug] = useState(gemeenten[0]?.slug ?? "");
  const slug = gemeenten.some((g) => g.slug === chosen) ? chosen : (gemeenten[0]?.slug ?? "");
  const {
    formProps,
    errors: e,
    status,
    pending,
  } = useActionForm({
    action,
    fields: REGISTER_FORM,
    schema: () => loadSchemas().then((m) => m.ZRegisterOrganisation),
    okText: (r) => (r.status === "CLAIM_PENDING" ? x.pending : r.status === "CREATED" ? x.created : x.matched),
  });
  return (
    <form {...formProps} className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      <Field id="reg-gemeente" label={x.gemeente}>
        <select id="reg-gemeente" name="gemeente" className={inputClass} value={slug} onChange={(ev) => setSlug(ev.target.value)}>
          {gemeenten.map((g) => (
            <option key={g.slug} value={g.slug}>
              {g.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="reg-name" label={x.name} error={e.name}>
        <input
          id="reg-name"
          name="name"
          type="text"
          required
          autoComplete="organization"
          className={inputClass}
          {...aria("reg-name", e.name)}
        />
      </Field>
      <Field id="reg-kvk" label={x.kvk} error={e.kvkNumber}>
        <input id="reg-kvk" name="kvkNumber" type="text" inputMode="numeric" className={inputClass} {...aria("reg-kvk", e.kvkNumber)} />
      </Field>
      <Field id="reg-website" label={x.website} error={e.website} hint={x.websiteHint}>
        <input
          id="reg-website"
          name="website"
          type="text"
          autoComplete="url"
          className={inputClass}
          {...aria("reg-website", e.website, true)}
        />
      </Field>
      <SectorSelect id="reg-sector" options={SECTOR_CHOICES} error={e.sector} texts={x} />
      <Field id="reg-address" label={x.address} error={e.address}>
        <input
          id="reg-address"
          name="address"
          type="text"
          autoComplete="street-address"
          className={inputClass}
          {...aria("reg-address", e.address)}
        />
      </Field>
      <div>
        <button type="submit" disabled={pending} className={buttonClass}>
          {pending ? x.busy : x.submit}
        </button>
      </div>
    </form>
  );
}
