/**
 * A gemeente's own house style as design tokens (issue 17), kept in Gemeente.settings.theme and
 * turned into CSS custom properties (the same names the Tailwind theme and the NL Design System
 * components read) by the per-gemeente stylesheet /thema/[gemeente].css. Framework-free.
 *
 * Rules, checked on every save (parseTheme) and for every stored theme by a test:
 * - colours are #rrggbb; every pair the pages use reaches WCAG AA 4.5:1 (the brand colour carries
 *   white text and is link/heading text on white; the accent is the focus ring and accent text on
 *   white; body text sits on the soft tint). Under 4.5:1 is refused with a Dutch message.
 * - the font is one of a safe list of system font stacks (nothing loaded from elsewhere).
 * - the logo is not part of the theme: it is an uploaded PNG, JPEG or WebP checked by its content and
 *   served from our own origin (./logo.ts, GemeenteLogo, docs/decisions/0018).
 */
import { colord, extend } from "colord";
import a11yPlugin from "colord/plugins/a11y";
import mixPlugin from "colord/plugins/mix";
import { settingsObject } from "./settings";

extend([a11yPlugin, mixPlugin]);

export const FONTS = {
  geist: { label: "Geist (standaard)", stack: "var(--font-geist-sans), ui-sans-serif, system-ui, sans-serif" },
  systeem: {
    label: "Lettertype van het apparaat",
    stack: "ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  },
  verdana: { label: "Verdana (breed en goed leesbaar)", stack: "Verdana, Geneva, 'DejaVu Sans', sans-serif" },
  georgia: { label: "Georgia (met schreef)", stack: "Georgia, 'Times New Roman', serif" },
} as const;
type FontKey = keyof typeof FONTS;

export type Theme = {
  /** Buttons (white text on it), links and headings (on white). */
  primary: string;
  /** Focus ring and highlights (on white). */
  accent: string;
  font: FontKey;
};

/** Today's teal: the default for every gemeente without its own theme. */
export const DEFAULT_THEME: Theme = { primary: "#0b5d57", accent: "#b34700", font: "geist" };

const WHITE = "#ffffff";
const INK = "#1a1f2b";
const MUTED = "#4a5263";
export const AA_TEXT = 4.5;

/** The colours the pages use, derived from the theme (the CSS custom properties). */
function themeColours(theme: Theme) {
  const primary = colord(theme.primary);
  return {
    brand: primary.toHex(),
    brandStrong: primary.mix("#000000", 0.32).toHex(),
    brandSoft: primary.mix(WHITE, 0.88).toHex(),
    focus: colord(theme.accent).toHex(),
  };
}

export function contrast(a: string, b: string): number {
  return colord(a).contrast(b);
}

/** Every foreground/background pair the pages use, with its contrast. */
export function themePairs(theme: Theme): { name: string; fg: string; bg: string; ratio: number }[] {
  const c = themeColours(theme);
  const pairs: [string, string, string][] = [
    ["witte tekst op de hoofdkleur", WHITE, c.brand],
    ["witte tekst op de donkere hoofdkleur", WHITE, c.brandStrong],
    ["hoofdkleur als tekst op wit", c.brand, WHITE],
    ["accentkleur op wit", c.focus, WHITE],
    ["tekst op de lichte hoofdkleur", INK, c.brandSoft],
    ["grijze tekst op de lichte hoofdkleur", MUTED, c.brandSoft],
    ["donkere hoofdkleur op de lichte hoofdkleur", c.brandStrong, c.brandSoft],
  ];
  return pairs.map(([name, fg, bg]) => ({ name, fg, bg, ratio: Math.round(contrast(fg, bg) * 100) / 100 }));
}

export type ThemeResult = { ok: true; theme: Theme } | { ok: false; fieldErrors: Partial<Record<keyof Theme, string>> };

const HEX = /^#[0-9a-f]{6}$/i;

const str = (v: unknown) => (typeof v === "string" ? v.trim() : "");

/** Validate a theme from a form or the API; Dutch messages per field. Nothing is stored here. */
export function parseTheme(input: unknown): ThemeResult {
  const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const errors: Partial<Record<keyof Theme, string>> = {};
  const primary = str(raw.primary).toLowerCase();
  const accent = str(raw.accent).toLowerCase();
  const font = str(raw.font) || "geist";

  if (!HEX.test(primary)) errors.primary = "Vul de hoofdkleur in als #rrggbb, bijvoorbeeld #0b5d57.";
  if (!HEX.test(accent)) errors.accent = "Vul de accentkleur in als #rrggbb, bijvoorbeeld #b34700.";
  if (!(font in FONTS)) errors.font = "Kies een lettertype uit de lijst.";
  if (!errors.primary && !errors.accent) {
    const theme: Theme = { primary, accent, font: font as FontKey };
    for (const p of themePairs(theme)) {
      if (p.ratio >= AA_TEXT) continue;
      const field: keyof Theme = p.name.startsWith("accent") ? "accent" : "primary";
      errors[field] ??=
        `Te weinig contrast: ${p.name} is ${p.ratio.toFixed(2).replace(".", ",")} : 1. Dat moet minstens 4,5 : 1 zijn. Kies een donkerdere kleur.`;
    }
  }
  if (Object.keys(errors).length) return { ok: false, fieldErrors: errors };
  return { ok: true, theme: { primary, accent, font: font as FontKey } };
}

/** The stored theme of a gemeente's settings, or the default (a stored theme that no longer passes falls back too). */
export function themeOf(settings: unknown): Theme {
  const raw = settingsObject(settings).theme;
  if (!raw) return DEFAULT_THEME;
  const parsed = parseTheme(raw);
  return parsed.ok ? parsed.theme : DEFAULT_THEME;
}

/**
 * The stylesheet for one gemeente: custom properties only. Tailwind's utilities and the NL Design
 * System component tokens (mapped in src/app/globals.css) both read these.
 */
export function themeCss(theme: Theme): string {
  const c = themeColours(theme);
  const font = FONTS[theme.font].stack;
  return [
    ":root {",
    `  --color-brand: ${c.brand};`,
    `  --color-brand-strong: ${c.brandStrong};`,
    `  --color-brand-soft: ${c.brandSoft};`,
    `  --color-focus: ${c.focus};`,
    `  --font-sans: ${font};`,
    "}",
    "",
  ].join("\n");
}
