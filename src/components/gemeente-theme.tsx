/**
 * Links the gemeente's own stylesheet (its design tokens, /thema/[gemeente]/stijl.css) into the page.
 * React hoists it into <head>; it is a file from our own origin, so the CSP allows it.
 */
export function GemeenteTheme({ slug }: { slug: string }) {
  return <link rel="stylesheet" href={`/thema/${encodeURIComponent(slug)}/stijl.css`} precedence="high" />;
}
