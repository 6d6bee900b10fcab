/**
 * Why an entrepreneur is (not) on the gemeente's public list, in words they understand (B1). The
 * reason itself comes from the engagement module's one exposure predicate (exposureState in
 * src/modules/engagement/server/exposure.ts); this file only words it for the entrepreneur. Only
 * NOT_ACTIVE is split in two, by whether the entrepreneur has confirmed taking part yet.
 */
import type { ExposureState } from "@/modules/engagement/server";

export function notOnListReason(state: ExposureState | null, acknowledged: boolean): string {
  switch (state) {
    case "STOPPED":
      return "Je staat niet op de openbare lijst, omdat je pauze hebt genomen of bent gestopt. Wil je weer meedoen? Neem dan contact op met de gemeente.";
    case "PARKED":
      return "Je staat niet op de openbare lijst, omdat de gemeente de samenwerking even heeft stilgezet. Vraag de gemeente wanneer het weer verdergaat.";
    case "DOUBT":
      return "Je staat even niet op de openbare lijst. De gemeente kijkt eerst nog naar iets in jullie gegevens of profieltekst. Je hoeft niets te doen: de gemeente neemt contact op als ze een vraag heeft.";
    case "EXPOSABLE":
      return "Je samenwerking is gestart. Je komt binnen een paar minuten op de openbare lijst.";
    case "NOT_ACTIVE":
    case null:
      return acknowledged
        ? "Je staat nog niet op de openbare lijst. Je hebt bevestigd dat je meedoet; de gemeente moet jullie samenwerking nog starten. Dat doet ze meestal na een kort gesprek met je."
        : "Je staat nog niet op de openbare lijst, omdat je nog niet hebt bevestigd dat je meedoet. Doe dat hieronder bij Meedoen.";
  }
}
