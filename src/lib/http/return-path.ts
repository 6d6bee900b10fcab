/**
 * Where to go back to after logging in: a path on this site, never another site. Read with the URL
 * parser browsers use (WHATWG URL), so what we check is what the browser will follow: it drops tabs
 * and line breaks and reads a backslash as a slash, which turns "/\t/evil.example" or "/\\evil.example"
 * into another host. Anything that does not stay on our own origin becomes "/app".
 */
const BASE = "https://samenkracht.invalid";

export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/app";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/app";
  }
  // "/.//evil.example" stays on our origin here but normalises to the path "//evil.example", which a
  // browser reads as another host when it is used as an address again.
  if (url.origin !== BASE || url.pathname.startsWith("//")) return "/app";
  return `${url.pathname}${url.search}${url.hash}`;
}
