"use client";
/**
 * Create an API key for one gemeente (platform admin). Same zod schema in the browser and on the
 * server; the full key is shown ONCE after creation, with a copy hint.
 */
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createApiKeyAction } from "../actions";
import { ZApiKeyInput, type TApiKeyInput } from "../schemas";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

/** From the catalogue (adminPages.apiKeyForm), handed over by the page. */
type Texts = Messages["adminPages"]["apiKeyForm"];

const inputClass = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

export function ApiKeyForm({
  gemeenteSlug,
  roles,
  texts: x,
}: {
  gemeenteSlug: string;
  roles: Array<{ value: string; label: string }>;
  texts: Texts;
}) {
  const [pending, startTransition] = useTransition();
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [error, setErrorText] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<TApiKeyInput>({ resolver: zodResolver(ZApiKeyInput), defaultValues: { name: "", role: undefined } });

  const onSubmit = handleSubmit((values) => {
    setErrorText(null);
    setCreated(null);
    startTransition(async () => {
      const result = await createApiKeyAction(gemeenteSlug, values);
      if (result.ok) {
        reset();
        setCreated({ name: result.data.apiKey.name, key: result.data.key });
        return;
      }
      for (const field of ["name", "role"] as const) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) setError(field, { type: "server", message });
      }
      setErrorText(result.message);
    });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-4 grid max-w-xl gap-4" aria-labelledby="sleutel-maken">
      <div aria-live="polite" role="status" className="min-h-6">
        {error ? <p className="font-semibold text-danger">{error}</p> : null}
        {created ? (
          <div className="rounded border border-line bg-white p-4">
            <p className="font-semibold">{fillMarks(x.created, { name: created.name })}</p>
            <p className="mt-1">{x.copyNow}</p>
            <label htmlFor="nieuwe-sleutel" className="mt-2 block font-semibold">
              {x.key}
            </label>
            <input
              id="nieuwe-sleutel"
              readOnly
              value={created.key}
              className={`${inputClass} font-mono`}
              onFocus={(e) => e.currentTarget.select()}
            />
          </div>
        ) : null}
      </div>
      <div>
        <label htmlFor="sleutel-naam" className="font-semibold">
          {x.name}
        </label>
        <input
          id="sleutel-naam"
          type="text"
          className={inputClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "sleutel-naam-fout" : undefined}
          {...register("name")}
        />
        {errors.name ? (
          <p id="sleutel-naam-fout" className="mt-1 text-danger">
            {errors.name.message}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="sleutel-rol" className="font-semibold">
          {x.role}
        </label>
        <select
          id="sleutel-rol"
          className={inputClass}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? "sleutel-rol-fout" : "sleutel-rol-uitleg"}
          {...register("role")}
        >
          <option value="">{x.chooseRole}</option>
          {roles.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
        <p id="sleutel-rol-uitleg" className="mt-1 text-sm text-muted">
          {x.roleHint}
        </p>
        {errors.role ? (
          <p id="sleutel-rol-fout" className="mt-1 text-danger">
            {errors.role.message}
          </p>
        ) : null}
      </div>
      <div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-strong disabled:opacity-70"
        >
          {pending ? x.busy : x.submit}
        </button>
      </div>
    </form>
  );
}

export function RevokeApiKeyButton({
  gemeenteSlug,
  id,
  name,
  texts: x,
}: {
  gemeenteSlug: string;
  id: string;
  name: string;
  texts: Pick<Texts, "revoke">;
}) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-danger px-3 py-1 font-semibold text-danger hover:bg-white disabled:opacity-70"
        onClick={() =>
          startTransition(async () => {
            const { revokeApiKeyAction } = await import("../actions");
            const result = await revokeApiKeyAction(gemeenteSlug, id);
            setMessage(result.ok ? null : result.message);
          })
        }
      >
        {x.revoke}
        <span className="sr-only"> ({name})</span>
      </button>
      <span role="status" aria-live="polite" className="ml-2 text-danger">
        {message}
      </span>
    </span>
  );
}
