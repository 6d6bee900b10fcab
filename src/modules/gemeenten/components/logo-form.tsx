"use client";
/**
 * The gemeente's logo on the house-style page: upload a PNG, JPG or WebP, or remove it. Both forms are
 * in the one form pattern (src/components/forms/action-form.ts) and post to server actions
 * (multipart), so they work before JavaScript has loaded. No check in the browser: the server checks
 * the file's content (src/modules/gemeenten/logo.ts; setLogoAction reads the file from the form data
 * itself) and a Dutch error comes back on the field, which gets the focus.
 */
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useActionForm } from "@/components/forms/action-form";
import { FormStatus, SubmitButton, TextField } from "@/components/forms/form-fields";
import type { gemeentePages } from "@/i18n/nl-gemeente-pages";
import { fillMarks } from "@/lib/text/marks";
import type { LogoFormState } from "../actions";
import { LOGO_FORM } from "../form-fields";

/** setLogoAction / removeLogoAction, bound by the server page to the gemeente. */
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
  // The logo shows in the layout (header, public pages): load it again after a change.
  const refresh = () => router.refresh();
  const up = useActionForm({ action: upload, fields: LOGO_FORM, okText: () => texts.saved, onSuccess: refresh });
  const rm = useActionForm({ action: remove, fields: {}, okText: () => texts.removed, onSuccess: refresh });
  // One status line for both forms: the one sent last (without JavaScript only one has a result).
  const [last, setLast] = useState<"upload" | "remove">("upload");
  const status = (last === "remove" ? rm.status : up.status) ?? (last === "remove" ? up.status : rm.status);
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
      <form {...up.formProps} onSubmitCapture={() => setLast("upload")} className="grid gap-2">
        <TextField
          id="logo-bestand"
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          label={current ? texts.chooseNew : texts.choose}
          hint={texts.fileHint}
          error={up.errors.logo}
        />
        <SubmitButton pending={up.pending} pendingText={texts.busy}>
          {texts.save}
        </SubmitButton>
      </form>
      {current ? (
        <form {...rm.formProps} onSubmitCapture={() => setLast("remove")}>
          <SubmitButton
            pending={rm.pending}
            pendingText={texts.busy}
            className="rounded-md border border-field px-4 py-2 font-semibold text-brand-strong"
          >
            {texts.remove}
          </SubmitButton>
        </form>
      ) : null}
    </div>
  );
}
