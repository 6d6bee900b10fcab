"use client";
/** "Account verwijderen" on /mijn-organisatie (loaded when it comes near the screen: ./forms-on-demand.tsx). */
import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { aria, Field, inputClass, loadActions, StatusLine, useSelfServiceForm, type Status } from "./form-parts";

export function DeleteAccountForm() {
  const router = useRouter();
  const [status, setStatus] = useState<Status>(null);
  const { pending, errors: e, submit, formProps } = useSelfServiceForm("ZDeleteAccount", { confirm: "text" });
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    submit(event, (values) => loadActions().then((a) => a.deleteMyAccountAction(values)), (r) => {
      if (!r.ok) {
        setStatus({ kind: "error", text: r.message });
        return;
      }
      router.push("/");
    });
  return (
    <form method="post" onSubmit={onSubmit} {...formProps} noValidate className="mt-4 grid max-w-xl gap-4">
      <StatusLine status={status} />
      <Field id="del-confirm" label="Typ VERWIJDEREN om je account te verwijderen" error={e.confirm}
        hint="Ben jij de laatste van je organisatie? Dan verdwijnt je organisatie ook meteen van de openbare lijst. De gemeente houdt haar eigen verslag van de samenwerking, zonder jouw naam.">
        <input id="del-confirm" name="confirm" type="text" required autoComplete="off" className={inputClass} {...aria("del-confirm", e.confirm, true)} />
      </Field>
      <div>
        <button type="submit" disabled={pending} className="rounded bg-danger px-4 py-2 font-semibold text-white">Account verwijderen</button>
      </div>
    </form>
  );
}
