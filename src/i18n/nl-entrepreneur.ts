/** Part of the Dutch catalogue (nl.ts, which assembles it): the `entrepreneur` section. */
import { WHEN_THE_GEMEENTE_BUYS } from "@/modules/engagement/principle-words";

/** Entrepreneurs (ondernemers): self-service. Always "je". */
export const entrepreneur = {
  join: {
    legend: "Zo werken we samen",
    ackVoluntary: "Ik doe vrijwillig mee. Ik kan altijd stoppen.",
    ackNoProcurement: `Meedoen geeft geen voordeel ${WHEN_THE_GEMEENTE_BUYS}.`,
    ackNoMoney: "Ik geef geen geld of sponsoring. Hulp in tijd, ruimte of spullen mag wel.",
    submit: "Meedoen",
    sending: "Bezig…",
    done: (gemeente: string) =>
      `Welkom! Je doet nu mee in ${gemeente}. Je kunt zorgen over klanten doorgeven en laten zien wat je doet. Stoppen kan altijd.`,
    pendingClaim: (gemeente: string) =>
      `${gemeente} werkt al samen met je organisatie. We vragen ${gemeente} om te bevestigen dat jij erbij hoort. Daarna kun je meedoen.`,
    allJoined: "Je doet al mee in alle gemeenten die je kunt kiezen.",
  },
};
