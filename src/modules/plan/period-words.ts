/**
 * The words of the signal periods and of the reporters' voice (dashboard, council report, CSV export): pure, so the
 * catalogue's labels section can point at them and give English beside them. The documents that leave the building
 * (report, export) are Dutch and read these directly.
 */
export const PERIOD_KEYS = ["12m", "jaar", "vorig-jaar", "alles"] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];

export type PeriodWords = {
  names: Record<PeriodKey, string>;
  /** "6 december 2025 tot 6 december 2026". */
  range: (from: string, to: string) => string;
  /** "2026 tot nu". */
  yearSoFar: (year: number) => string;
};

export const PERIOD_WORDS: PeriodWords = {
  names: { "12m": "Laatste 12 maanden", jaar: "Dit jaar", "vorig-jaar": "Vorig jaar", alles: "Vanaf het begin" },
  range: (from, to) => `${from} tot ${to}`,
  yearSoFar: (year) => `${year} tot nu`,
};

/** How a period reads: "Laatste 12 maanden (1 mei 2025 tot 1 mei 2026)", "2026 tot nu", "2025", "Vanaf het begin". */
export function periodText(p: { key: PeriodKey; from: Date | null; to: Date }, words: PeriodWords, dates: Intl.DateTimeFormat): string {
  const y = p.to.getUTCFullYear();
  switch (p.key) {
    case "jaar":
      return words.yearSoFar(y);
    case "vorig-jaar":
      return String(p.from ? p.from.getUTCFullYear() : y - 1);
    case "alles":
      return words.names.alles;
    default:
      return `${words.names["12m"]} (${words.range(dates.format(p.from ?? p.to), dates.format(p.to))})`;
  }
}

export type SatisfactionWords = {
  answers: string;
  percent: string;
  /** Shown instead of a percentage under `n` answers. */
  tooFew: (n: number) => string;
};

export const SATISFACTION_WORDS: SatisfactionWords = {
  answers: "Melders die antwoordden op 'Heeft het geholpen?'",
  percent: "Melders die zeggen dat het hielp",
  tooFew: (n) => `nog te weinig antwoorden (minder dan ${n})`,
};
