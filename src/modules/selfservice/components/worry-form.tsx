"use client";
/**
 * The short "zorgen doorgeven" form, in the one form pattern (src/components/forms/action-form.ts).
 * It posts to a server action, so it works and sends its fields in the request body even before
 * JavaScript has loaded: a customer's name or the worry never lands in a URL. The signal point's own
 * schema (ZSignalInput) validates on the server; the Dutch field errors come back into the form.
 */
import { useRouter } from "next/navigation";
import { useActionForm, type FormAction } from "@/components/forms/action-form";
import { FormStatus, SubmitButton, TextArea, TextField } from "@/components/forms/form-fields";
import type { Messages } from "@/i18n/messages";
import { fillMarks } from "@/lib/text/marks";
import { WORRY_FORM } from "../form-fields";

/**
 * `action` is the server action bound to the gemeente on the server page. `person` is the word for the one the worry
 * is about ("klant" or "inwoner", from the catalogue), filled into the {person} marks of `texts`
 * (selfServicePages.worryForm, handed over by the page).
 */
export function WorryForm({
  action,
  wijken = [],
  person,
  texts: x,
}: {
  action: FormAction<{ id: string }>;
  wijken?: string[];
  person: string;
  texts: Messages["selfServicePages"]["worryForm"];
}) {
  const router = useRouter();
  const {
    formProps,
    errors: e,
    status,
    pending,
    values: typed, // after a refusal: what was typed (a page answered without JavaScript starts empty)
  } = useActionForm({
    action,
    fields: WORRY_FORM,
    okText: () => x.done,
    onSuccess: () => router.refresh(), // the list of earlier worries
  });
  return (
    <form {...formProps} className="mt-4 grid gap-4">
      <FormStatus status={status} />
      <TextArea
        id="zorg-situation"
        name="situation"
        defaultValue={typed.situation}
        label={x.situation}
        hint={x.situationHint}
        rows={5}
        error={e.situation}
      />
      <TextField
        id="zorg-residentName"
        name="residentName"
        defaultValue={typed.residentName}
        label={fillMarks(x.residentName, { person })}
        error={e.residentName}
      />
      <TextField
        id="zorg-wijk"
        name="wijk"
        defaultValue={typed.wijk}
        label={x.wijk}
        hint={wijken.length ? fillMarks(x.wijkHint, { wijken: wijken.join(", ") }) : undefined}
        list={wijken.length ? "zorg-wijk-lijst" : undefined}
        error={e.wijk}
      />
      {wijken.length ? (
        <datalist id="zorg-wijk-lijst">
          {wijken.map((w) => (
            <option key={w} value={w} />
          ))}
        </datalist>
      ) : null}
      <TextField
        id="zorg-residentContact"
        name="residentContact"
        defaultValue={typed.residentContact}
        label={fillMarks(x.residentContact, { person })}
        error={e.residentContact}
      />
      <SubmitButton pending={pending} pendingText={x.busy}>
        {x.submit}
      </SubmitButton>
    </form>
  );
}
