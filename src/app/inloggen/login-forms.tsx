"use client";
/**
 * The two login forms. Validation uses the server's own zod schemas (ZPasswordLogin, ZEmailLogin).
 * Accessibility: every field has a label; its error is linked with aria-describedby; after a failed
 * submit the focus moves to the error summary, whose items link to the fields.
 */
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useForm, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ZEmailLogin, ZPasswordLogin } from "@/modules/users/schemas";
import { loginErrorMessage } from "@/modules/users/login-messages";

type PasswordIn = z.input<typeof ZPasswordLogin>;
type PasswordOut = z.output<typeof ZPasswordLogin>;
type EmailIn = z.input<typeof ZEmailLogin>;
type EmailOut = z.output<typeof ZEmailLogin>;

type SummaryItem = { fieldId?: string; message: string };

const inputClass =
  "mt-1 block w-full max-w-md rounded-md border border-ink px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";
const buttonClass =
  "mt-6 rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong disabled:cursor-wait disabled:opacity-70";

function ErrorSummary({ id, items, summaryRef }: { id: string; items: SummaryItem[]; summaryRef: React.RefObject<HTMLDivElement | null> }) {
  if (items.length === 0) return null;
  return (
    <div ref={summaryRef} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`} className="mt-4 rounded-md border-2 border-danger bg-white p-4">
      <h3 id={`${id}-title`} className="font-bold text-danger">
        Er ging iets mis
      </h3>
      <ul className="mt-2 list-disc pl-5">
        {items.map((item, i) => (
          <li key={i}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} className="text-danger underline">
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-danger">
      <span className="sr-only">Fout: </span>
      {message}
    </p>
  );
}

function describedBy(...ids: Array<string | false | undefined>) {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

function PasswordForm({ next, initialError }: { next: string; initialError: string | null }) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<SummaryItem[]>(initialError ? [{ message: initialError }] : []);
  const [focusTick, setFocusTick] = useState(initialError ? 1 : 0);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<PasswordIn, unknown, PasswordOut>({ resolver: zodResolver(ZPasswordLogin), shouldFocusError: false });

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const onInvalid = (errs: FieldErrors<PasswordIn>) => {
    const order: Array<[keyof PasswordIn, string]> = [
      ["email", "pw-email"],
      ["password", "pw-password"],
      ["code", "pw-code"],
    ];
    setSummary(order.flatMap(([k, id]) => (errs[k]?.message ? [{ fieldId: id, message: String(errs[k]!.message) }] : [])));
    setFocusTick((t) => t + 1);
  };

  const onValid = async (data: PasswordOut) => {
    setSummary([]);
    const res = await signIn("credentials", { redirect: false, email: data.email, password: data.password, code: data.code ?? "", callbackUrl: next });
    if (!res || res.error || !res.ok) {
      const code = res?.error ?? "Default";
      const fieldId = code === "TOTP_REQUIRED" || code === "TOTP_INVALID" ? "pw-code" : undefined;
      setSummary([{ fieldId, message: loginErrorMessage(code) ?? loginErrorMessage("Default")! }]);
      setFocusTick((t) => t + 1);
      return;
    }
    // A full page load, so every server component sees the new session.
    window.location.assign(next);
  };

  return (
    <section aria-labelledby="met-wachtwoord" className="rounded-lg border border-line p-6">
      <h2 id="met-wachtwoord" className="text-2xl font-bold">
        Inloggen met wachtwoord
      </h2>
      <ErrorSummary id="pw-summary" items={summary} summaryRef={summaryRef} />
      <form noValidate onSubmit={handleSubmit(onValid, onInvalid)} className="mt-4">
        <div>
          <label htmlFor="pw-email" className="block font-semibold">
            E-mailadres
          </label>
          <input
            id="pw-email"
            type="email"
            autoComplete="username"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy(errors.email && "pw-email-error")}
            className={inputClass}
            {...register("email")}
          />
          <FieldError id="pw-email-error" message={errors.email?.message} />
        </div>
        <div className="mt-4">
          <label htmlFor="pw-password" className="block font-semibold">
            Wachtwoord
          </label>
          <input
            id="pw-password"
            type="password"
            autoComplete="current-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy(errors.password && "pw-password-error")}
            className={inputClass}
            {...register("password")}
          />
          <FieldError id="pw-password-error" message={errors.password?.message} />
        </div>
        <div className="mt-4">
          <label htmlFor="pw-code" className="block font-semibold">
            Inlogcode (als je die gebruikt)
          </label>
          <p id="pw-code-hint" className="text-muted">
            De 6 cijfers uit je app. Gebruik je geen inlogcode? Laat dit veld dan leeg.
          </p>
          <input
            id="pw-code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={describedBy("pw-code-hint", errors.code && "pw-code-error")}
            className={`${inputClass} max-w-40`}
            {...register("code")}
          />
          <FieldError id="pw-code-error" message={errors.code?.message} />
        </div>
        <button type="submit" disabled={isSubmitting} className={buttonClass}>
          {isSubmitting ? "Bezig met inloggen…" : "Inloggen"}
        </button>
      </form>
    </section>
  );
}

function EmailLinkForm({ next }: { next: string }) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusTick, setFocusTick] = useState(0);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<EmailIn, unknown, EmailOut>({ resolver: zodResolver(ZEmailLogin), shouldFocusError: false });

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const onInvalid = (errs: FieldErrors<EmailIn>) => {
    setSummary(errs.email?.message ? [{ fieldId: "link-email", message: String(errs.email.message) }] : []);
    setFocusTick((t) => t + 1);
  };

  const onValid = async (data: EmailOut) => {
    setSummary([]);
    const res = await signIn("email", { redirect: false, email: data.email, callbackUrl: next });
    if (!res || res.error || !res.ok) {
      setSummary([{ message: "Het versturen van de e-mail is niet gelukt. Probeer het over een paar minuten opnieuw." }]);
      setFocusTick((t) => t + 1);
      return;
    }
    router.push("/inloggen/controleer-je-email");
  };

  return (
    <section aria-labelledby="met-link" className="rounded-lg border border-line p-6">
      <h2 id="met-link" className="text-2xl font-bold">
        Inloggen met een link per e-mail
      </h2>
      <p className="mt-2">Voor ondernemers en iedereen zonder wachtwoord. We sturen je een e-mail met een link. Met die link log je in.</p>
      <ErrorSummary id="link-summary" items={summary} summaryRef={summaryRef} />
      <form noValidate onSubmit={handleSubmit(onValid, onInvalid)} className="mt-4">
        <label htmlFor="link-email" className="block font-semibold">
          E-mailadres
        </label>
        <input
          id="link-email"
          type="email"
          autoComplete="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy(errors.email && "link-email-error")}
          className={inputClass}
          {...register("email")}
        />
        <FieldError id="link-email-error" message={errors.email?.message} />
        <button type="submit" disabled={isSubmitting} className={buttonClass}>
          {isSubmitting ? "Bezig met versturen…" : "Stuur mij een link"}
        </button>
      </form>
      <p className="mt-4">
        Nieuw als ondernemer? <a href="/ondernemer/aanmelden" className="text-brand-strong underline">Meld je aan</a>.
      </p>
    </section>
  );
}

export function LoginForms({ next, initialError }: { next: string; initialError: string | null }) {
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-2">
      <PasswordForm next={next} initialError={initialError} />
      <EmailLinkForm next={next} />
    </div>
  );
}
