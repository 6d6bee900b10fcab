import type { Metadata } from "next";
import Link from "next/link";
import { PublicPage } from "@/components/page-shell";

export const metadata: Metadata = { title: "Privacyverklaring" };

/** The privacy statement in B1 Dutch: what Samenkracht keeps, why, how long, and your rights. */
export default function PrivacyPage() {
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">Privacyverklaring</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Samenkracht helpt gemeenten, organisaties en ondernemers om samen eenzaamheid aan te pakken. Hier lees je welke gegevens we bewaren,
        waarom, en wat je rechten zijn.
      </p>

      <section aria-labelledby="wie" className="mt-8 max-w-3xl">
        <h2 id="wie" className="text-2xl font-bold">
          Wie is verantwoordelijk?
        </h2>
        <p className="mt-2">
          Elke gemeente is zelf verantwoordelijk voor de gegevens in haar deel van Samenkracht. Vragen over jouw gegevens stel je aan de
          gemeente waar het over gaat. De beheerder van het platform verwerkt de gegevens alleen in opdracht van de gemeenten.
        </p>
      </section>

      <section aria-labelledby="welke" className="mt-8 max-w-3xl">
        <h2 id="welke" className="text-2xl font-bold">
          Welke gegevens bewaren we?
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>
            <strong>Je account:</strong> je naam, je e-mailadres en je rol in een gemeente. Je logt in met een link in je e-mail; we bewaren
            geen wachtwoord.
          </li>
          <li>
            <strong>Ondernemers en organisaties:</strong> de naam, het adres en de contactpersoon van je organisatie, en wat je doet in de
            coalitie. Op de openbare lijst staat nooit iets persoonlijks: geen namen van mensen, geen e-mail, geen telefoon.
          </li>
          <li>
            <strong>Zorgen over een inwoner (signalen):</strong> wat iemand heeft gezien, en als die het weet de naam, de wijk en het
            telefoonnummer of adres van de inwoner. Deze gegevens staan versleuteld opgeslagen. Alleen de mensen van de gemeente die het
            signaal oppakken, kunnen ze lezen. Wie de zorgen doorgaf, ziet alleen of het signaal is ontvangen en opgepakt.
          </li>
          <li>
            <strong>Aanmeldingen voor activiteiten:</strong> je naam en e-mailadres, om je aanmelding te bevestigen.
          </li>
        </ul>
      </section>

      <section aria-labelledby="hoelang" className="mt-8 max-w-3xl">
        <h2 id="hoelang" className="text-2xl font-bold">
          Hoe lang bewaren we het?
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>Een afgerond signaal: de persoonlijke gegevens gaan na 12 maanden weg (de gemeente kan dit korter instellen).</li>
          <li>Een geannuleerd signaal: na 3 maanden.</li>
          <li>Een signaal waar niemand meer iets mee doet: na 24 maanden, eerst krijgt de gemeente een waarschuwing.</li>
          <li>Je account: tot je het zelf verwijdert of de gemeente je rol weghaalt.</li>
        </ul>
        <p className="mt-2">Wat overblijft, zijn alleen aantallen. Daarin is niemand te herkennen.</p>
      </section>

      <section aria-labelledby="cookies" className="mt-8 max-w-3xl">
        <h2 id="cookies" className="text-2xl font-bold">
          Cookies
        </h2>
        <p className="mt-2">
          We gebruiken alleen cookies die nodig zijn om in te loggen en je taalkeuze te onthouden. We gebruiken geen cookies om je te volgen
          en geen advertenties.
        </p>
      </section>

      <section aria-labelledby="rechten" className="mt-8 max-w-3xl">
        <h2 id="rechten" className="text-2xl font-bold">
          Jouw rechten
        </h2>
        <p className="mt-2">Je mag altijd:</p>
        <ul className="mt-2 list-disc pl-6">
          <li>vragen welke gegevens we over jou hebben;</li>
          <li>vragen om iets te verbeteren of te verwijderen;</li>
          <li>vragen om je gegevens minder te gebruiken (beperken).</li>
        </ul>
        <p className="mt-2">
          Heb je een account? Dan kun je bij <Link href="/account">Mijn account</Link> je gegevens downloaden of je account verwijderen.
          Gaat het om zorgen die iemand over jou heeft doorgegeven? Neem dan contact op met je gemeente. Ben je het niet eens met hoe we met
          je gegevens omgaan? Dan kun je een klacht indienen bij de{" "}
          <a href="https://autoriteitpersoonsgegevens.nl">Autoriteit Persoonsgegevens</a>.
        </p>
      </section>
    </PublicPage>
  );
}
