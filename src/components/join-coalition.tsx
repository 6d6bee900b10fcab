/**
 * "Meedoen" on the public pages: a real path for organisations and entrepreneurs (the sign-up page
 * and the coalition's contact, when the regisseur has set one).
 */
import Link from "next/link";
import type { TPublicContact } from "@/modules/gemeenten/schemas";

export function JoinCoalition({
  gemeenteName,
  contact,
  headingLevel = 2,
}: {
  gemeenteName: string;
  contact: TPublicContact;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="meedoen-titel" id="meedoen" className="mt-8">
      <H id="meedoen-titel" className="text-2xl font-bold">
        Meedoen als organisatie of ondernemer
      </H>
      <p className="mt-2 text-lg">Wil je helpen tegen eenzaamheid in {gemeenteName}? Dat kan met tijd, ruimte of kennis.</p>
      <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
        <li>
          Ondernemer?{" "}
          <Link className="font-semibold text-brand-strong underline" href="/ondernemer/aanmelden">
            Meld je organisatie aan
          </Link>
          .
        </li>
        {contact.email || contact.phone ? (
          <li>
            Een organisatie, of een vraag? Neem contact op met de gemeente:{" "}
            {contact.email && (
              <a className="font-semibold underline" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            )}
            {contact.email && contact.phone && " of bel "}
            {contact.phone && (
              <a className="font-semibold underline" href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}>
                {contact.phone}
              </a>
            )}
            .
          </li>
        ) : (
          <li>Een organisatie, of een vraag? Neem contact op met de gemeente {gemeenteName}.</li>
        )}
      </ul>
    </section>
  );
}
