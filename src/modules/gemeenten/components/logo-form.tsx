"use client";
/**
 * The gemeente's logo on the house-style page: upload a PNG, JPG or WebP, or remove it. Both forms post
 * to server actions (multipart), so they work before JavaScript has loaded; the server checks the
 * file's content (src/modules/gemeenten/logo.ts) and a Dutch error comes back on the field.
 */
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { FieldError, fieldAria, FormStatus, inputClass, submitClass } from "@/components/forms/form-fields";
import type { gemeentePages } from "@/i18n/nl-gemeente-pages";
import { fillMarks } from "@/lib/text/marks";
import type { LogoFormState } from "../actions";

type Action = (prev: LogoFormState, fd: FormData) => Promise<LogoFormState>;

export function LogoForm({
  upload,
  remove,
  current,
  gemeenteName,
  texts,
}: {
  upload: Action;
  remove: Action;
  current: { src: string; width: number; height: number } | null;
  gemeenteName: string;
  texts: (typeof gemeentePages)["logoForm"];
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
      ? { kind: "ok" as const, text: texts.saved }
      : { kind: "error" as const, text: state.message }
    : removed
      ? removed.ok
        ? { kind: "ok" as const, text: texts.removed }
        : { kind: "error" as const, text: removed.message }
      : null;
  return (
    <div className="mt-4 grid max-w-xl gap-4">
      <FormStatus status={status} />
      {current ? (
        <div>
          <p className="font-semibold">{texts.current}</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a small stored image from our own origin */}
          <img
            src={current.src}
            alt={fillMarks(texts.currentAlt, { name: gemeenteName })}
            width={current.width}
            height={current.height}
            className="mt-2 h-16 w-auto border border-line bg-white p-2"
          />
        </div>
      ) : (
        <p>{texts.none}</p>
      )}
      <form action={uploadAction} noValidate className="grid gap-2">
        <label htmlFor="logo-bestand" className="font-semibold">
          {current ? texts.chooseNew : texts.choose}
        </label>
        <p id="logo-bestand-uitleg" className="text-sm text-muted">
          {texts.fileHint}
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
            {uploading ? texts.busy : texts.save}
          </button>
        </div>
      </form>
      {current ? (
        <form action={removeAction}>
          <button type="submit" disabled={removing} className="rounded-md border border-field px-4 py-2 font-semibold text-brand-strong">
            {removing ? texts.busy : texts.remove}
          </button>
        </form>
      ) : null}
    </div>
  );
}
