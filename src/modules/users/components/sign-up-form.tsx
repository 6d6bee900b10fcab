"use client";
/**
 * "Aanmelden als ondernemer": name + e-mail (same zod schema as the server). Creates the account,
 * then asks the e-mail sign-in for a login link, which leads to /ondernemer.
 */
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signUpOndernemerAction } from "../actions";
import { ZOndernemerSignUp, type TOndernemerSignUp } from "../schemas";
import type { Messages } from "@/i18n/messages";

const inputClass = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";

/** Its texts come from the catalogue (accountPages.signUp) through the page. */
export function SignUpForm({ texts: x }: { texts: Messages["accountPages"]["signUp"] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setErrorText] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<TOndernemerSignUp>({ resolver: zodResolver(ZOndernemerSignUp), defaultValues: { name: "", email: "" } });

  const onSubmit = handleSubmit((values) => {
    setErrorText(null);
    startTransition(async () => {
      const result = await signUpOndernemerAction(values);
      if (!result.ok) {
        for (const field of ["name", "email"] as const) {
          const message = result.fieldErrors?.[field]?.[0];
          if (message) setError(field, { type: "server", message }, { shouldFocus: true });
        }
        setErrorText(result.message);
        return;
      }
      const res = await signIn("email", { redirect: false, email: result.data.email, callbackUrl: "/ondernemer" });
      if (!res || res.error || !res.ok) {
        setErrorText(x.sendFailed);
        return;
      }
      router.push("/inloggen/controleer-je-email");
    });
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mt-6 grid max-w-xl gap-4">
      <div role="alert" className="min-h-6 font-semibold text-danger">
        {error}
      </div>
      <div>
        <label htmlFor="aanmelden-naam" className="font-semibold">
          {x.name}
        </label>
        <input
          id="aanmelden-naam"
          type="text"
          autoComplete="name"
          className={inputClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "aanmelden-naam-fout" : undefined}
          {...register("name")}
        />
        {errors.name ? (
          <p id="aanmelden-naam-fout" className="mt-1 text-danger">
            {errors.name.message}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="aanmelden-email" className="font-semibold">
          {x.email}
        </label>
        <input
          id="aanmelden-email"
          type="email"
          autoComplete="email"
          className={inputClass}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "aanmelden-email-fout" : "aanmelden-email-uitleg"}
          {...register("email")}
        />
        <p id="aanmelden-email-uitleg" className="mt-1 text-sm text-muted">
          {x.emailHint}
        </p>
        {errors.email ? (
          <p id="aanmelden-email-fout" className="mt-1 text-danger">
            {errors.email.message}
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
