/**
 * A Dutch message from a domain module or a shared library (a zod message, an AppError text) in the
 * reader's language. The modules write their messages in Dutch, once; English is looked up by the
 * Dutch text itself (src/i18n/en-messages.ts), as gettext keys a translation by its source text, so
 * the schemas that the server and the browser's check share stay one. A message made from a template
 * (`Vul ${label} in.`) is found through its template ("Vul {0} in."), and the Dutch words in its places
 * through EN_FRAGMENTS. A message without English stays Dutch (a test keeps that list empty).
 * Framework-free: the server translates an action's result, the browser its check's messages.
 */
import type { Locale } from "./locales";

export type MessageDictionary = { messages: Readonly<Record<string, string>>; fragments: Readonly<Record<string, string>> };

type Template = { pattern: RegExp; english: string };

const compiled = new WeakMap<MessageDictionary, Template[]>();

/** The dictionary's templates (keys with {0}, {1} …) as patterns, longest first (the most specific wins). */
function templatesOf(dict: MessageDictionary): Template[] {
  let list = compiled.get(dict);
  if (list) return list;
  list = Object.entries(dict.messages)
    // Two places side by side ("{0}{1}") cannot be told apart: such a key is never a template.
    .filter(([dutch]) => /\{\d\}/.test(dutch) && !/\}\{/.test(dutch))
    .sort(([a], [b]) => b.length - a.length)
    .map(([dutch, english]) => {
      const source = dutch
        .split(/(\{\d\})/)
        .map((part) => (/^\{\d\}$/.test(part) ? `(?<p${part[1]}>.+?)` : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
        .join("");
      return { pattern: new RegExp(`^${source}$`, "s"), english };
    });
  compiled.set(dict, list);
  return list;
}

/** One Dutch message in English (itself when the dictionary has no English for it). */
export function toEnglish(text: string, dict: MessageDictionary): string {
  const exact = dict.messages[text];
  if (exact !== undefined) return exact;
  for (const { pattern, english } of templatesOf(dict)) {
    const m = pattern.exec(text);
    if (!m?.groups) continue;
    return english.replace(/\{(\d)\}/g, (_, n: string) => {
      const part = m.groups![`p${n}`] ?? "";
      return dict.fragments[part] ?? dict.messages[part] ?? part;
    });
  }
  return text;
}

/** A message in `locale`: Dutch as it is, English through the dictionary. */
export function translateMessage(text: string, locale: Locale, dict: MessageDictionary): string {
  return locale === "en" ? toEnglish(text, dict) : text;
}

/** Every message of a set of field errors (`{ field: [messages] }`) in `locale`. */
export function translateFieldErrors<T extends Record<string, string[] | undefined>>(
  errors: T,
  locale: Locale,
  dict: MessageDictionary,
): T {
  if (locale !== "en") return errors;
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages?.map((m) => toEnglish(m, dict))])) as T;
}
