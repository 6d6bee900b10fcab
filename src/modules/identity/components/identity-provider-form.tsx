"use client";
/**
 * The platform admin connects a gemeente's OpenID Connect provider, in the one form pattern
 * (src/components/forms/action-form.ts): it posts with or without JavaScript; with JavaScript the
 * browser first checks it with the server's ZIdentityProviderInput (loaded at the first focus). The
 * server also checks what only it knows (a domain of another gemeente, the secret of a new provider).
 */
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FormStatus, fieldAria, inputClass } from "@/components/forms/form-fields";
import { IDENTITY_PROVIDER_FORM, REMOVE_IDENTITY_PROVIDER_FORM } from "../form-fields";
import type { TIdentityProviderView } from "../schemas";
import type { Messages } from "@/i18n/messages";

type Texts = Messages["adminPages"]["identityForm"];

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
        {...fieldAria(props.id, props.error, Boolean(props.hint))}
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
  saveAction,
  removeAction,
  current,
  texts: x,
}: {
  /** saveIdentityProviderAction bound to the gemeente by the page (a server-bound action also posts without JavaScript). */
  saveAction: FormAction<TIdentityProviderView | null>;
  /** removeIdentityProviderAction bound to the gemeente by the page. */
  removeAction: FormAction<TIdentityProviderView | null>;
  current: TIdentityProviderView | null;
  /** From the catalogue (adminPages.identityForm), handed over by the page. */
  texts: Texts;
}) {
  // After a save the form is emptied to its defaults, which are then the saved values: the secret
  // typed is not left in the field.
  const save = useActionForm({
    action: saveAction,
    fields: IDENTITY_PROVIDER_FORM,
    schema: () => import("../schemas").then((m) => m.ZIdentityProviderInput),
    okText: () => x.saved,
  });
  const remove = useActionForm({ action: removeAction, fields: REMOVE_IDENTITY_PROVIDER_FORM, okText: () => x.removed });
  const err = (k: string): string | undefined => save.errors[k];
  const result = save.state;
  const shown = result?.ok && result.data ? result.data : current;
  return (
    <>
      <div className="mt-4">
        <FormStatus status={save.status} />
        {remove.status ? <FormStatus status={remove.status} /> : null}
      </div>
      <form {...save.formProps} className="mt-4 grid max-w-2xl gap-4">
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
            disabled={save.pending}
            className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
          >
            {save.pending ? x.busy : x.save}
          </button>
        </div>
      </form>
      {current ? (
        <form {...remove.formProps} className="mt-6">
          <button type="submit" disabled={remove.pending} className="rounded border border-danger px-4 py-2 font-semibold text-danger">
            {x.remove}
          </button>
        </form>
      ) : null}
    </>
  );
}
