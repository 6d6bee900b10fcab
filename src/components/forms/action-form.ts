"use client";
/**
 * The one way a form posts (docs/decisions/0023): a server action that takes the form's FormData,
 * through React's useActionState, so the form works without JavaScript (the server renders the
 * result, errors on their fields) and, with JavaScript, without leaving the page.
 *
 * With JavaScript, before the form is sent, the browser checks it with the SAME zod schema the
 * server parses with (`schema`), on react-hook-form (check-engine.ts), both loaded on demand at the
 * first focus or submit: nothing of zod or react-hook-form is in a page's first-load JavaScript.
 * The values both sides check come from one reader of form data (src/lib/input/form-values.ts),
 * which the browser loads with the check.
 * After a failed submit a changed field is checked again at once (react-hook-form's reValidateMode
 * "onChange"). If the check cannot load (offline, an old deployment), the form goes to the server,
 * which validates anyway. The server's Dutch field errors land on the same fields; the first invalid
 * field (in `fields` order) gets the focus; the result is announced in the form's status line.
 */
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { FormState } from "@/lib/result";
import type { FormFields } from "@/lib/input/form-values";
import { focusFirstInvalid } from "./focus-first";
import type { TFormStatus } from "./form-fields";

export type { FormState };
/** A server action a form posts to. Bind the gemeente and ids in a const first: `.bind` inside the call loses the result type. */
export type FormAction<T> = (prev: FormState<T>, data: FormData) => Promise<FormState<T>>;
/** A zod schema, as far as this file needs to know (it imports no zod). */
export type LoadSchema = () => Promise<unknown>;

type Messages = Record<string, string>;

const loadEngine = () => import("./check-engine");

/**
 * On an English page (`<html lang="en">`), the check's messages — the schemas' Dutch — in English
 * (src/i18n/translate-message.ts), as the server answers an English reader; the dictionary loads with
 * the check, only then.
 */
async function loadLanguage(): Promise<(messages: Messages) => Messages> {
  if (typeof document === "undefined" || document.documentElement.lang !== "en") return (m) => m;
  const [{ toEnglish }, { EN_MESSAGES, EN_FRAGMENTS }] = await Promise.all([
    import("@/i18n/translate-message"),
    import("@/i18n/en-messages"),
  ]);
  const dict = { messages: EN_MESSAGES, fragments: EN_FRAGMENTS };
  return (messages) => Object.fromEntries(Object.entries(messages).map(([name, text]) => [name, toEnglish(text, dict)]));
}

/** The first message per field of a failed result (what the fields show). */
function errorsOf(state: FormState<unknown>): Messages {
  if (!state || state.ok) return {};
  const out: Messages = {};
  for (const [name, messages] of Object.entries(state.fieldErrors ?? {})) if (messages?.[0]) out[name] = messages[0];
  return out;
}

export type ActionFormOptions<T> = {
  action: FormAction<T>;
  /** The form's fields in form order, with how each is read (the server action reads the same list). */
  fields: FormFields;
  /** The server's zod schema for these values, loaded on demand (`() => import("../schemas").then((m) => m.ZThing)`). */
  schema?: LoadSchema;
  /** The status line after a success; none when the page itself shows the change. */
  okText?: (data: NoInfer<T>) => string;
  /** Empty the form after a success (default); an edit form keeps its values. */
  resetOnSuccess?: boolean;
  /** Called once per successful result (after the reset). */
  onSuccess?: (data: NoInfer<T>) => void;
};

/** `errors` with `name`'s message replaced (or removed when none); the same object when nothing changes. */
export function withField(errors: Messages, name: string, message: string | undefined): Messages {
  if (errors[name] === message) return errors;
  const next = { ...errors };
  if (message) next[name] = message;
  else delete next[name];
  return next;
}

/**
 * The browser's check of a form's values with the server's schema: `load` warms it (at the first
 * focus), `check(data)` gives the first message per field (none when valid, or when the check could
 * not load: the server validates anyway). `submit(data)` is the check of a submit: after it, a changed
 * field is checked again at once (`recheck`, on the form's change events, hands its new message to
 * `apply`), until `settled()` (a success) ends that.
 */
export function useFormCheck(fields: FormFields, schema: LoadSchema | undefined) {
  const ready = useRef<{ check: (data: FormData) => Promise<Messages> } | null>(null);
  const submitted = useRef(false);

  async function load() {
    if (!schema) return null;
    if (ready.current) return ready.current;
    try {
      const [engine, loaded, inLanguage] = await Promise.all([loadEngine(), schema(), loadLanguage()]);
      ready.current = { check: async (data) => inLanguage(await engine.checkForm(loaded as never, data, fields)) };
    } catch {
      return null; // the server validates
    }
    return ready.current;
  }

  async function check(data: FormData): Promise<Messages> {
    return (await load())?.check(data) ?? {};
  }

  function submit(data: FormData): Promise<Messages> {
    submitted.current = true;
    return check(data);
  }

  function recheck(event: FormEvent<HTMLFormElement>, apply: (name: string, message: string | undefined) => void) {
    const name = (event.target as { name?: string }).name;
    if (!submitted.current || !ready.current || !name || !(name in fields)) return;
    void check(new FormData(event.currentTarget)).then((errors) => apply(name, errors[name]));
  }

  return { load, check, submit, recheck, settled: () => void (submitted.current = false) };
}

export function useActionForm<T>({ action, fields, schema, okText, resetOnSuccess = true, onSuccess }: ActionFormOptions<T>) {
  const [state, dispatch, sending] = useActionState(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  // The browser's own check result, valid until the next server result arrives.
  const [checked, setChecked] = useState<{ after: FormState<T>; errors: Messages } | null>(null);
  const [checking, setChecking] = useState(false);
  const { load, submit, recheck, settled } = useFormCheck(fields, schema);
  const names = Object.keys(fields);

  // A new server result: empty the form after a success, focus the first invalid field after a failure.
  const handled = useRef<FormState<T>>(null);
  useEffect(() => {
    if (!state || handled.current === state) return;
    handled.current = state;
    const form = formRef.current;
    if (state.ok) {
      settled();
      if (resetOnSuccess) form?.reset();
      onSuccess?.(state.data);
    } else if (form) focusFirstInvalid(form, names, errorsOf(state));
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter ?? null;
    const data = new FormData(form, submitter);
    setChecking(true);
    const errors = await submit(data);
    setChecking(false);
    if (Object.keys(errors).length) {
      setChecked({ after: state, errors });
      focusFirstInvalid(form, names, errors);
      return;
    }
    setChecked(null);
    startTransition(() => dispatch(data));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    recheck(event, (name, message) =>
      setChecked((prev) => {
        const shown = prev && prev.after === state ? prev.errors : errorsOf(state);
        const next = withField(shown, name, message);
        return next === shown ? prev : { after: state, errors: next };
      }),
    );
  }

  const errors = checked && checked.after === state ? checked.errors : errorsOf(state);
  let status: TFormStatus = null;
  if (state && !(checked && checked.after === state))
    status = state.ok ? (okText ? { kind: "ok", text: okText(state.data) } : null) : { kind: "error", text: state.message };

  return {
    /** Spread on the <form>: the action (without JavaScript), the check and send (with it). */
    formProps: {
      ref: formRef,
      action: dispatch,
      onSubmit: (event: FormEvent<HTMLFormElement>) => void onSubmit(event),
      onFocus: () => void load(),
      onChange,
      noValidate: true,
    },
    errors,
    status,
    pending: sending || checking,
    state,
    /** After a refusal, what was posted (to refill the fields: a page answered without JavaScript starts empty). */
    values: state && !state.ok ? (state.values ?? {}) : ({} as Record<string, string>),
  };
}
