/**
 * "Meedoen" on the public pages: a real path for organisations and entrepreneurs (the sign-up page
 * and the coalition's contact, when the regisseur has set one).
 */
import Link from "next/link";
import type { Messages } from "@/i18n/messages";
import type { TPublicContact } from "@/modules/gemeenten/schemas";

export function JoinCoalition({
  gemeenteName,
  contact,
  texts,
  headingLevel = 2,
}: {
  gemeenteName: string;
  contact: TPublicContact;
  texts: Messages["publicPages"]["joinCoalition"];
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="meedoen-titel" id="meedoen" className="mt-8">
      <H id="meedoen-titel" className="text-2xl font-bold">
        {texts.title}
      </H>
      <p className="mt-2 text-lg">{texts.intro(gemeenteName)}</p>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
        <li>
          {texts.entrepreneur}{" "}
          <Link className="font-semibold text-brand-strong underline" href="/ondernemer/aanmelden">
            {texts.signUp}
          </Link>
          .
        </li>
        {contact.email || contact.phone ? (
          <li>
            {texts.contactVia}{" "}
            {contact.email && (
              <a className="font-semibold underline" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            )}
            {contact.email && contact.phone && texts.orCall}
            {contact.phone && (
              <a className="font-semibold underline" href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>
                {contact.phone}
              </a>
            )}
            .
          </li>
        ) : (
          <li>{texts.contactGemeente(gemeenteName)}</li>
        )}
      </ul>
    </section>
  );
}
