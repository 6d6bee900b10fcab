/**
 * The CSP allows no inline style attributes (style-src has a nonce, no 'unsafe-inline';
 * docs/decisions/0010-csp-nonces.md): React's `style={…}` renders a style="" attribute that the
 * browser refuses, so the element silently loses its styling. Use classes, or SVG attributes.
 * Likewise no inline event handler strings and no dangerouslySetInnerHTML <script>.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walk } from "../support/evidence/discover";

const SRC = path.resolve(import.meta.dirname, "../../src");
const files = walk(SRC, (n) => /\.(tsx|jsx)$/.test(n));

/**
 * The one place HTML is set directly: /landelijk's table body, built once per refresh of the national
 * figures from escaped values by src/modules/national/server/national-table.ts
 * (tests/integration/national-figures.test.ts checks the escaping and that no style attribute, event
 * handler or script appears). Any other use fails here.
 */
const INNER_HTML_ALLOWED = new Set([
  'app/landelijk/page.tsx: <tbody className="national-rows" dangerouslySetInnerHTML={{ __html: bodyHtml }} />',
]);

describe("markup that the CSP would block", () => {
  it("finds the components", () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it("no style={…} attributes and no inline <script> in src/**/*.tsx", () => {
    const found: string[] = [];
    for (const f of files) {
      readFileSync(f, "utf8")
        .split("\n")
        .forEach((line, i) => {
          const innerHtml = /dangerouslySetInnerHTML/.test(line) && !INNER_HTML_ALLOWED.has(`${path.relative(SRC, f)}: ${line.trim()}`);
          if (/\sstyle=\{/.test(line) || innerHtml || /<script[\s>]/.test(line))
            found.push(`${path.relative(SRC, f)}:${i + 1}: ${line.trim().slice(0, 100)}`);
        });
    }
    expect(found).toEqual([]);
  });
});
