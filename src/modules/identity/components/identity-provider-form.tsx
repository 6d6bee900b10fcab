"use client";
/**
 * The platform admin connects a gemeente's OpenID Connect provider. A plain posting form
 * (useActionState): the server validates with ZIdentityProviderInput and answers in Dutch.
 */
import { useActionState } from "react";
import { removeIdentityProviderAction, saveIdentityProviderAction, type IdentityFormState } from "../actions";
import type { TIdentityProviderView } from "../schemas";

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
          <span className="sr-only">Fout: </span>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function IdentityProviderForm({ gemeenteSlug, current }: { gemeenteSlug: string; current: TIdentityProviderView | null }) {
  const [state, save, pending] = useActionState<IdentityFormState, FormData>(saveIdentityProviderAction.bind(null, gemeenteSlug), null);
  const [removed, remove, removing] = useActionState<IdentityFormState>(removeIdentityProviderAction.bind(null, gemeenteSlug), null);
  const result = state;
  const err = (k: string) => (result && !result.ok ? result.fieldErrors?.[k]?.[0] : undefined);
  const shown = result?.ok && result.data ? result.data : current;
  return (
    <>
      <div role="status" aria-live="polite" className="mt-4 min-h-6">
        {result?.ok ? <p className="font-semibold">De inlogdienst is opgeslagen.</p> : null}
        {result && !result.ok ? <p className="font-semibold text-danger">{result.message}</p> : null}
        {removed?.ok ? <p className="font-semibold">De inlogdienst is verwijderd.</p> : null}
      </div>
      <form action={save} className="mt-4 grid max-w-2xl gap-4">
        <Field
          id="idp-issuer"
          name="issuer"
          label="Adres van de inlogdienst (issuer)"
          defaultValue={shown?.issuer}
          hint="Bijvoorbeeld https://login.microsoftonline.com/<tenant-id>/v2.0 of https://sso.gemeente.nl/realms/medewerkers"
          error={err("issuer")}
        />
        <Field id="idp-client" name="clientId" label="Client-ID" defaultValue={shown?.clientId} error={err("clientId")} />
        <Field
          id="idp-secret"
          name="clientSecret"
          type="password"
          autoComplete="new-password"
          label="Geheim (client secret)"
          hint={current ? "Laat leeg om het bewaarde geheim te houden." : "Dit wordt versleuteld bewaard. Niemand kan het hier nog lezen."}
          error={err("clientSecret")}
        />
        <Field
          id="idp-domains"
          name="domains"
          label="E-maildomeinen van de medewerkers"
          defaultValue={shown?.domains.join(", ")}
          hint="Gescheiden door komma's, bijvoorbeeld samenstad.nl, gemeente-samenstad.nl"
          error={err("domains")}
        />
        <div>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {pending ? "Bezig…" : "Inlogdienst opslaan"}
          </button>
        </div>
      </form>
      {current ? (
        <form action={remove} className="mt-6">
          <button type="submit" disabled={removing} className="rounded border border-danger px-4 py-2 font-semibold text-danger">
            Inlogdienst verwijderen
          </button>
        </form>
      ) : null}
    </>
  );
}
