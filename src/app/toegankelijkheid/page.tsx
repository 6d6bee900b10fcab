import type { Metadata } from "next";
import { PublicPage } from "@/components/page-shell";

export const metadata: Metadata = { title: "Toegankelijkheidsverklaring" };

/** The accessibility statement in B1 Dutch: the goal, how it is checked, what is known not to work yet. */
export default function ToegankelijkheidPage() {
  return (
    <PublicPage>
      <h1 className="text-3xl font-bold">Toegankelijkheidsverklaring</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Iedereen moet Samenkracht kunnen gebruiken, ook met een beperking. Daarom bouwen we het volgens de richtlijnen WCAG 2.1, niveau AA.
      </p>

      <section aria-labelledby="stand" className="mt-8 max-w-3xl">
        <h2 id="stand" className="text-2xl font-bold">
          Hoe staat het ervoor?
        </h2>
        <p className="mt-2">
          Samenkracht voldoet <strong>gedeeltelijk</strong> aan de richtlijnen. Er is nog geen onderzoek gedaan door een onafhankelijk
          bureau. Wel controleren we het zelf:
        </p>
        <ul className="mt-2 list-disc pl-6">
          <li>Bij elke wijziging testen we de pagina&apos;s automatisch met het hulpmiddel axe.</li>
          <li>We testen de belangrijkste formulieren met alleen het toetsenbord en op een kleine telefoon.</li>
          <li>Teksten en knoppen hebben genoeg contrast, ook in de kleuren van jouw gemeente.</li>
          <li>Formulieren werken ook als JavaScript nog niet geladen is.</li>
        </ul>
      </section>

      <section aria-labelledby="bekend" className="mt-8 max-w-3xl">
        <h2 id="bekend" className="text-2xl font-bold">
          Wat werkt nog niet goed?
        </h2>
        <ul className="mt-2 list-disc pl-6">
          <li>De PDF-rapporten voor de gemeenteraad zijn nog niet helemaal toegankelijk voor schermlezers.</li>
          <li>Het bord met stappen voor ondernemers is met het toetsenbord lastiger te gebruiken dan de lijst. Gebruik dan de lijst.</li>
          <li>Niet alle pagina&apos;s zijn in het Engels vertaald.</li>
        </ul>
      </section>

      <section aria-labelledby="melden" className="mt-8 max-w-3xl">
        <h2 id="melden" className="text-2xl font-bold">
          Loop je ergens tegenaan?
        </h2>
        <p className="mt-2">
          Laat het ons weten via je gemeente. Vertel op welke pagina het was en wat er misging. We proberen het binnen vijf werkdagen op te
          lossen of je een andere oplossing te geven.
        </p>
        <p className="mt-2 text-sm text-muted">Deze verklaring is voor het laatst bijgewerkt op 5 december 2026.</p>
      </section>
    </PublicPage>
  );
}
