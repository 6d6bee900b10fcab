"use client";
/**
 * The two login forms. They post to the authentication library's endpoints (sign-in-request.ts), not
 * to a server action, so they use the one form pattern's check only (useFormCheck of
 * src/components/forms/action-form.ts, docs/decisions/0023): the server's own zod schemas
 * (ZPasswordLogin, ZEmailLogin) on react-hook-form, loaded on demand at the first focus or submit, so
 * neither zod nor react-hook-form nor next-auth/react is in this page's first-load JavaScript
 * (docs/decisions/0011). The fields carry the
 * native constraints that say the same (required, type=email, maxlength); the Dutch messages come
 * from the schema. Accessibility: every field has a label; its error is linked with aria-describedby;
 * after a failed submit the focus moves to the error summary, whose items link to the fields.
 */
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useFormCheck, withField } from "@/components/forms/action-form";
import { formValues } from "@/lib/input/form-values";
import type { TEmailLogin, TPasswordLogin } from "@/modules/users/schemas";
import { LOGIN_SUMMARY_TITLE, loginErrorMessage } from "@/modules/users/login-messages";
import { requestSignIn } from "./sign-in-request";
import type { Messages } from "@/i18n/messages";

/** From the catalogue (accountPages.loginForms), handed over by the page: in its HTML, not in this script. */
type Texts = Messages["accountPages"]["loginForms"];

const loadSchemas = () => import("@/modules/users/schemas");
const PASSWORD_FIELDS = { email: "text", password: "text", code: "text" } as const;
const LINK_FIELDS = { email: "text" } as const;

/**
 * The check's messages on the fields: `run(form)` checks at submit; after a failed submit a changed
 * field is checked again at once. `formProps` warms the check at the first focus.
 */
/** The login forms' check: errors of the last submit, a changed field checked again at once (useFormCheck). */
function useLoginCheck(check: ReturnType<typeof useFormCheck>) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function run(form: HTMLFormElement) {
    const data = new FormData(form);
    const found = await check.submit(data);
    setErrors(found);
    return { data, errors: found, ok: Object.keys(found).length === 0 };
  }
  const formProps = {
    onFocus: () => void check.load(),
    onChange: (event: FormEvent<HTMLFormElement>) =>
      check.recheck(event, (name, message) => setErrors((prev) => withField(prev, name, message))),
  };
  return { errors, run, formProps };
}

type SummaryItem = { fieldId?: string; message: string };

const inputClass =
  "mt-1 block w-full max-w-md rounded-md border border-ink px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";
const buttonClass =
  "mt-6 rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-strong disabled:cursor-wait disabled:opacity-70";

function ErrorSummary({ id, items, summaryRef }: { id: string; items: SummaryItem[]; summaryRef: React.RefObject<HTMLDivElement | null> }) {
  if (items.length === 0) return null;
  return (
    <div
      ref={summaryRef}
      tabIndex={-1}
      role="alert"
      aria-labelledby={`${id}-title`}
      className="mt-4 rounded-md border-2 border-danger bg-white p-4"
    >
      <h3 id={`${id}-title`} className="font-bold text-danger">
        {LOGIN_SUMMARY_TITLE}
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

function FieldError({ id, message, prefix }: { id: string; message?: string; prefix: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 font-semibold text-danger">
      <span className="sr-only">{prefix}</span>
      {message}
    </p>
  );
}

function describedBy(...ids: Array<string | false | undefined>) {
  const list = ids.filter(Boolean).join(" ");
  return list || undefined;
}

function PasswordForm({ next, initialError, texts: x }: { next: string; initialError: string | null; texts: Texts }) {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<SummaryItem[]>(initialError ? [{ message: initialError }] : []);
  const [focusTick, setFocusTick] = useState(initialError ? 1 : 0);
  const [isSubmitting, setSubmitting] = useState(false);
  const { errors, run, formProps } = useLoginCheck(useFormCheck(PASSWORD_FIELDS, () => loadSchemas().then((m) => m.ZPasswordLogin)));

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitting(true);
    let leaving = false;
    try {
      const checked = await run(event.currentTarget);
      if (!checked.ok) {
        const order: Array<[keyof TPasswordLogin, string]> = [
          ["email", "pw-email"],
          ["password", "pw-password"],
          ["code", "pw-code"],
        ];
        setSummary(order.flatMap(([k, id]) => (checked.errors[k] ? [{ fieldId: id, message: checked.errors[k] }] : [])));
        setFocusTick((t) => t + 1);
        return;
      }
      leaving = await onValid(formValues(checked.data, PASSWORD_FIELDS) as TPasswordLogin);
    } finally {
      // Logged in: the button stays busy while the next page loads.
      if (!leaving) setSubmitting(false);
    }
  };

  const onValid = async (data: TPasswordLogin): Promise<boolean> => {
    setSummary([]);
    const res = await requestSignIn("credentials", { email: data.email, password: data.password, code: data.code ?? "" }, next);
    if (res.error || !res.ok) {
      const code = res.error ?? "Default";
      const fieldId = code === "TOTP_REQUIRED" || code === "TOTP_INVALID" ? "pw-code" : undefined;
      setSummary([{ fieldId, message: loginErrorMessage(code) ?? loginErrorMessage("Default")! }]);
      setFocusTick((t) => t + 1);
      return false;
    }
    // A full page load, so every server component sees the new session.
    window.location.assign(next);
    return true;
  };

  return (
    <section aria-labelledby="met-wachtwoord" className="rounded-lg border border-line p-6">
      <h2 id="met-wachtwoord" className="text-2xl font-bold">
        {x.passwordHeading}
      </h2>
      <ErrorSummary id="pw-summary" items={summary} summaryRef={summaryRef} />
      <form method="post" noValidate onSubmit={onSubmit} {...formProps} className="mt-4">
        <div>
          <label htmlFor="pw-email" className="block font-semibold">
            {x.email}
          </label>
          <input
            id="pw-email"
            name="email"
            type="email"
            required
            autoComplete="username"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={describedBy(errors.email && "pw-email-error")}
            className={inputClass}
          />
          <FieldError id="pw-email-error" message={errors.email} prefix={x.errorPrefix} />
        </div>
        <div className="mt-4">
          <label htmlFor="pw-password" className="block font-semibold">
            {x.password}
          </label>
          <input
            id="pw-password"
            name="password"
            type="password"
            required
            maxLength={200}
            autoComplete="current-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={describedBy(errors.password && "pw-password-error")}
            className={inputClass}
          />
          <FieldError id="pw-password-error" message={errors.password} prefix={x.errorPrefix} />
        </div>
        <div className="mt-4">
          <label htmlFor="pw-code" className="block font-semibold">
            {x.code}
          </label>
          <p id="pw-code-hint" className="text-muted">
            {x.codeHint}
          </p>
          <input
            id="pw-code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby={describedBy("pw-code-hint", errors.code && "pw-code-error")}
            className={`${inputClass} max-w-40`}
          />
          <FieldError id="pw-code-error" message={errors.code} prefix={x.errorPrefix} />
        </div>
        <button type="submit" disabled={isSubmitting} className={buttonClass}>
          {isSubmitting ? x.signingIn : x.signIn}
        </button>
      </form>
    </section>
  );
}

function EmailLinkForm({ next, texts: x }: { next: string; texts: Texts }) {
  const router = useRouter();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summary, setSummary] = useState<SummaryItem[]>([]);
  const [focusTick, setFocusTick] = useState(0);
  const [isSubmitting, setSubmitting] = useState(false);
  const { errors, run, formProps } = useLoginCheck(useFormCheck(LINK_FIELDS, () => loadSchemas().then((m) => m.ZEmailLogin)));

  useEffect(() => {
    if (focusTick > 0) summaryRef.current?.focus();
  }, [focusTick]);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitting(true);
    try {
      const checked = await run(event.currentTarget);
      if (!checked.ok) {
        setSummary(checked.errors.email ? [{ fieldId: "link-email", message: checked.errors.email }] : []);
        setFocusTick((t) => t + 1);
        return;
      }
      await onValid(formValues(checked.data, LINK_FIELDS) as TEmailLogin);
    } finally {
      setSubmitting(false);
    }
  };

  const onValid = async (data: TEmailLogin) => {
    setSummary([]);
    const res = await requestSignIn("email", { email: data.email }, next);
    if (res.error || !res.ok) {
      setSummary([{ message: x.sendFailed }]);
      setFocusTick((t) => t + 1);
      return;
    }
    router.push("/inloggen/controleer-je-email");
  };

  return (
    <section aria-labelledby="met-link" className="rounded-lg border border-line p-6">
      <h2 id="met-link" className="text-2xl font-bold">
        {x.linkHeading}
      </h2>
      <p className="mt-2">{x.linkIntro}</p>
      <ErrorSummary id="link-summary" items={summary} summaryRef={summaryRef} />
      <form method="post" noValidate onSubmit={onSubmit} {...formProps} className="mt-4">
        <label htmlFor="link-email" className="block font-semibold">
          {x.email}
        </label>
        <input
          id="link-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy(errors.email && "link-email-error")}
          className={inputClass}
        />
        <FieldError id="link-email-error" message={errors.email} prefix={x.errorPrefix} />
        <button type="submit" disabled={isSubmitting} className={buttonClass}>
          {isSubmitting ? x.sending : x.sendLink}
        </button>
      </form>
      <p className="mt-4">
        {x.newEntrepreneur}{" "}
        <a href="/ondernemer/aanmelden" className="text-brand-strong underline">
          {x.signUp}
        </a>
        .
      </p>
    </section>
  );
}

export function LoginForms({ next, initialError, texts }: { next: string; initialError: string | null; texts: Texts }) {
  return (
    <div className="mt-8 grid gap-8 lg:grid-cols-2">
      <PasswordForm next={next} initialError={initialError} texts={texts} />
      <EmailLinkForm next={next} texts={texts} />
    </div>
  );
}
