"use client";
/**
 * The short "zorgen doorgeven" form. It posts to a server action (useActionState), so it works and
 * sends its fields in the request body even before JavaScript has loaded: a customer's name or the
 * worry never lands in a URL. The signal point's own schema (ZSignalInput) validates on the server;
 * the Dutch field errors come back into the form.
 */
import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import type { WorryFormState } from "../actions";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";

/** The server action, bound to the gemeente on the server page (as the intake form's). */
type Action = (prev: WorryFormState, fd: FormData) => Promise<WorryFormState>;

const inputClass = "mt-1 block w-full rounded border border-field bg-white px-3 py-2 text-base aria-[invalid=true]:border-danger";
type Name = "situation" | "residentName" | "wijk" | "residentContact";
const ORDER: Name[] = ["situation", "residentName", "wijk", "residentContact"];

/**
 * `person` is the word for the one the worry is about ("klant" or "inwoner", from the catalogue), filled into the
 * {person} marks of `texts` (selfServicePages.worryForm, handed over by the page).
 */
export function WorryForm({
  action,
  wijken = [],
  person,
  texts: x,
}: {
  action: Action;
  wijken?: string[];
  person: string;
  texts: Messages["selfServicePages"]["worryForm"];
}) {
  const router = useRouter();
  const [state, formAction, pending] = useActionState<WorryFormState, FormData>(action, null);
  const formRef = useRef<HTMLFormElement>(null);
  const result = state;
  const e: Partial<Record<Name, string>> = {};
  if (result && !result.ok) for (const n of ORDER) if (result.fieldErrors?.[n]?.[0]) e[n] = result.fieldErrors[n]![0];

  useEffect(() => {
    if (!state) return;
    const form = formRef.current;
    if (!form) return;
    if (state.ok) {
      form.reset();
      router.refresh(); // the list of earlier worries
    } else {
      const first = ORDER.find((n) => !state.ok && state.fieldErrors?.[n]?.[0]);
      if (first) (form.elements.namedItem(first) as HTMLElement | null)?.focus();
    }
  }, [state, router]);

  const field = (name: Name, label: string, multiline = false, hint?: string, list?: string[]) => {
    const id = `zorg-${name}`;
    const described = [hint ? `${id}-uitleg` : null, e[name] ? `${id}-fout` : null].filter(Boolean).join(" ") || undefined;
    const common = { id, name, className: inputClass, "aria-invalid": e[name] ? true : undefined, "aria-describedby": described };
    return (
      <div>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-uitleg`} className="text-sm text-muted">
            {hint}
          </p>
        ) : null}
        {multiline ? <textarea rows={5} {...common} /> : <input type="text" list={list?.length ? `${id}-lijst` : undefined} {...common} />}
        {list?.length ? (
          <datalist id={`${id}-lijst`}>
            {list.map((w) => (
              <option key={w} value={w} />
            ))}
          </datalist>
        ) : null}
        {e[name] ? (
          <p id={`${id}-fout`} className="mt-1 text-danger">
            {e[name]}
          </p>
        ) : null}
      </div>
    );
  };
  return (
    <form ref={formRef} action={formAction} noValidate className="mt-4 grid gap-4">
      <div aria-live="polite" role="status" className="min-h-6">
        {result ? (
          <p className={result.ok ? "font-semibold text-brand-strong" : "font-semibold text-danger"}>
            {result.ok ? x.done : result.message}
          </p>
        ) : null}
      </div>
      {field("situation", x.situation, true, x.situationHint)}
      {field("residentName", fillMarks(x.residentName, { person }))}
      {field("wijk", x.wijk, false, wijken.length ? fillMarks(x.wijkHint, { wijken: wijken.join(", ") }) : undefined, wijken)}
      {field("residentContact", fillMarks(x.residentContact, { person }))}
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
