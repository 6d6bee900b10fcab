"use client";
/**
 * The platform admin connects a gemeente's OpenID Connect provider. A plain posting form
 * (useActionState): the server validates with ZIdentityProviderInput and answers in Dutch.
 */
import { useActionState } from "react";
import { removeIdentityProviderAction, saveIdentityProviderAction, type IdentityFormState } from "../actions";
import type { TIdentityProviderView } from "../schemas";
import type { Messages } from "@/i18n/messages";

type Texts = Messages["adminPages"]["identityForm"];

const inputClass =
  "mt-1 block w-full rounded border border-ink bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";

function Field(props: {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  defaultValue?: string;
  type?: string;
  autoComplete?: string;
  errorPrefix: string;
}) {
  const describedBy = [props.hint && `${props.id}-uitleg`, props.error && `${props.id}-fout`].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={props.id} className="font-semibold">
        {props.label}
      </label>
      {props.hint ? (
        <p id={`${props.id}-uitleg`} className="text-muted">
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.name}
        type={props.type ?? "text"}
        defaultValue={props.defaultValue}
        autoComplete={props.autoComplete ?? "off"}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
        className={inputClass}
      />
      {props.error ? (
        <p id={`${props.id}-fout`} className="mt-1 font-semibold text-danger">
          <span className="sr-only">{props.errorPrefix}</span>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function IdentityProviderForm({
  gemeenteSlug,
  current,
  texts: x,
}: {
  gemeenteSlug: string;
  current: TIdentityProviderView | null;
  /** From the catalogue (adminPages.identityForm), handed over by the page. */
  texts: Texts;
}) {
  const [state, save, pending] = useActionState<IdentityFormState, FormData>(saveIdentityProviderAction.bind(null, gemeenteSlug), null);
  const [removed, remove, removing] = useActionState<IdentityFormState>(removeIdentityProviderAction.bind(null, gemeenteSlug), null);
  const result = state;
  const err = (k: string) => (result && !result.ok ? result.fieldErrors?.[k]?.[0] : undefined);
  const shown = result?.ok && result.data ? result.data : current;
  return (
    <>
      <div role="status" aria-live="polite" className="mt-4 min-h-6">
        {result?.ok ? <p className="font-semibold">{x.saved}</p> : null}
        {result && !result.ok ? <p className="font-semibold text-danger">{result.message}</p> : null}
        {removed?.ok ? <p className="font-semibold">{x.removed}</p> : null}
      </div>
      <form action={save} className="mt-4 grid max-w-2xl gap-4">
        <Field
          id="idp-issuer"
          name="issuer"
          label={x.issuer}
          defaultValue={shown?.issuer}
          hint={x.issuerHint}
          error={err("issuer")}
          errorPrefix={x.errorPrefix}
        />
        <Field
          id="idp-client"
          name="clientId"
          label={x.clientId}
          defaultValue={shown?.clientId}
          error={err("clientId")}
          errorPrefix={x.errorPrefix}
        />
        <Field
          id="idp-secret"
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          label={x.secret}
          hint={current ? x.secretKeep : x.secretNew}
          error={err("clientSecret")}
          errorPrefix={x.errorPrefix}
        />
        <Field
          id="idp-domains"
          name="domains"
          label={x.domains}
          defaultValue={shown?.domains.join(", ")}
          hint={x.domainsHint}
          error={err("domains")}
          errorPrefix={x.errorPrefix}
        />
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {pending ? x.busy : x.save}
          </button>
        </div>
      </form>
      {current ? (
        <form action={remove} className="mt-6">
          <button type="submit" disabled={removing} className="rounded border border-danger px-4 py-2 font-semibold text-danger">
            {x.remove}
          </button>
        </form>
      ) : null}
    </>
  );
}
