"use client";
/**
 * The gemeente's logo on the house-style page: upload a PNG, JPG or WebP, or remove it. Both forms post
 * to server actions (multipart), so they work before JavaScript has loaded; the server checks the
 * file's content (src/modules/gemeenten/logo.ts) and a Dutch error comes back on the field.
 */
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { FieldError, fieldAria, FormStatus, inputClass, submitClass } from "@/components/forms/form-fields";
import type { LogoFormState } from "../actions";

type Action = (prev: LogoFormState, fd: FormData) => Promise<LogoFormState>;

export function LogoForm({
  upload,
  remove,
  current,
  gemeenteName,
}: {
  upload: Action;
  remove: Action;
  current: { src: string; width: number; height: number } | null;
  gemeenteName: string;
}) {
  const router = useRouter();
  const [state, uploadAction, uploading] = useActionState(upload, null);
  const [removed, removeAction, removing] = useActionState(remove, null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state?.ok || removed?.ok) router.refresh();
    else if (state && !state.ok) inputRef.current?.focus();
  }, [state, removed, router]);
  const error = state && !state.ok ? state.fieldErrors?.logo?.[0] : undefined;
  const status = state
    ? state.ok
      ? { kind: "ok" as const, text: "Het logo is opgeslagen." }
      : { kind: "error" as const, text: state.message }
    : removed
      ? removed.ok
        ? { kind: "ok" as const, text: "Het logo is weggehaald." }
        : { kind: "error" as const, text: removed.message }
      : null;
  return (
    <div className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      {current ? (
        <div>
          <p className="font-semibold">Huidig logo</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a small stored image from our own origin */}
          <img
            src={current.src}
            alt={`Logo van ${gemeenteName}`}
            width={current.width}
            height={current.height}
            className="mt-2 h-16 w-auto border border-line bg-white p-2"
          />
        </div>
      ) : (
        <p>Er is nog geen logo. Zonder logo staat alleen de naam van de gemeente bovenaan.</p>
      )}
      <form action={uploadAction} noValidate className="grid gap-2">
        <label htmlFor="logo-bestand" className="font-semibold">
          {current ? "Nieuw logo kiezen" : "Logo kiezen"}
        </label>
        <p id="logo-bestand-uitleg" className="text-sm text-muted">
          Een PNG, JPG of WebP van hoogstens 200 kB, tussen 16 en 2000 pixels breed en hoog. Geen SVG: die kan code bevatten.
        </p>
        <input
          ref={inputRef}
          id="logo-bestand"
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          className={inputClass}
          {...fieldAria("logo-bestand", error)}
          aria-describedby={["logo-bestand-uitleg", error ? "logo-bestand-fout" : null].filter(Boolean).join(" ")}
        />
        <FieldError id="logo-bestand" error={error} />
        <div>
          <button type="submit" disabled={uploading} className={submitClass}>
            {uploading ? "Bezig…" : "Logo opslaan"}
          </button>
        </div>
      </form>
      {current ? (
        <form action={removeAction}>
          <button type="submit" disabled={removing} className="rounded-md border border-field px-4 py-2 font-semibold text-brand-strong">
            {removing ? "Bezig…" : "Logo weghalen"}
          </button>
        </form>
      ) : null}
    </div>
  );
}
