/**
 * Page weight for issue 7: first-load JavaScript per main page, compared with the 180 KB (gzip) budget.
 *
 *   flock /tmp/sk-build.lock env NEXT_DIST_DIR=.next-quality npx next build --experimental-build-mode=compile
 *   NEXT_DIST_DIR=.next-quality npm run bench:pages
 *
 * How: start the production build with a fresh seeded database (tests/e2e/support/server.ts), log in
 * over HTTP as the page's demo role, fetch the page's HTML and sum the sizes of every JS chunk its
 * `<script src>` tags load (that is what a browser runs before the page is interactive). Each chunk
 * is fetched from the server and gzipped here (level 9, like Next's build output and `gzip-size`);
 * brotli is listed too. Chunks that every page loads are the "shared" part. The HTML itself (with the
 * inline RSC payload) is listed separately: it is not JS but it is also first-load bytes.
 *
 * Writes bench/results/page-weight.json and the table in docs/performance.md
 * (section "Paginagewicht en Lighthouse"). Settings: BENCH_PORT (3418), NEXT_DIST_DIR (.next-quality).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { MAIN_PAGES, login, startApp } from "./quality-server";
import { writeDocSection } from "./quality-doc";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const PORT = Number(process.env.BENCH_PORT || 3418);
const DIST = process.env.NEXT_DIST_DIR || ".next-quality";
const BUDGET_KB = 180;
const log = (m: string) => console.log(`[pages] ${m}`);

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
const gzip = (b: Buffer) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b: Buffer) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** The src of every <script src=…> in the HTML (deduplicated, in order). */
export function scriptSources(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)) {
    const src = m[1].replace(/&amp;/g, "&");
    if (!out.includes(src)) out.push(src);
  }
  return out;
}

async function main() {
  const app = await startApp(PORT, DIST, log);
  const chunkCache = new Map<string, { raw: number; gzip: number; brotli: number }>();
  const cookies = new Map<string, string>();
  const pages = [];
  try {
    for (const p of MAIN_PAGES) {
      let cookie = "";
      if (p.role) {
        if (!cookies.has(p.role)) cookies.set(p.role, await login(app.base, app.mailUrl, p.role));
        cookie = cookies.get(p.role)!;
      }
      const res = await fetch(`${app.base}${p.path}`, { headers: { cookie }, redirect: "manual" });
      if (res.status !== 200) throw new Error(`${p.path} as ${p.role ?? "anonymous"}: HTTP ${res.status}`);
      const html = Buffer.from(await res.arrayBuffer());
      const scripts = scriptSources(html.toString("utf8"));
      for (const src of scripts) {
        if (chunkCache.has(src)) continue;
        const r = await fetch(new URL(src, app.base));
        if (!r.ok) throw new Error(`${src}: HTTP ${r.status}`);
        const body = Buffer.from(await r.arrayBuffer());
        chunkCache.set(src, { raw: body.length, gzip: gzip(body), brotli: brotli(body) });
      }
      const sum = (k: "raw" | "gzip" | "brotli") => scripts.reduce((n, s) => n + chunkCache.get(s)![k], 0);
      const row = {
        key: p.key,
        label: p.label,
        path: p.path,
        role: p.role,
        scripts,
        chunks: scripts.length,
        rawKb: kb(sum("raw")),
        gzipKb: kb(sum("gzip")),
        gzipBytes: sum("gzip"),
        brotliKb: kb(sum("brotli")),
        htmlGzipKb: kb(gzip(html)),
        // Exact bytes, not the rounded figure: 180.04 KB must not pass as "180".
        withinBudget: sum("gzip") <= BUDGET_KB * 1024,
      };
      pages.push(row);
      log(`${p.path} (${p.role ?? "anonymous"}): ${row.chunks} chunks, ${row.gzipKb} KB gzip JS, HTML ${row.htmlGzipKb} KB gzip`);
    }
  } finally {
    await app.stop();
  }

  const shared = pages.map((p) => p.scripts).reduce((a, b) => a.filter((s) => b.includes(s)));
  const sharedGzipKb = kb(shared.reduce((n, s) => n + chunkCache.get(s)!.gzip, 0));
  const largest = [...chunkCache]
    .sort((a, b) => b[1].gzip - a[1].gzip)
    .slice(0, 8)
    .map(([src, s]) => ({ src, gzipKb: kb(s.gzip), rawKb: kb(s.raw) }));
  const result = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    build: DIST,
    method: "gzip level 9 of every <script src> chunk in the page's HTML, fetched from next start with a logged-in session",
    budgetKb: BUDGET_KB,
    shared: { chunks: shared.length, gzipKb: sharedGzipKb },
    largestChunks: largest,
    pages: pages.map((p) => ({
      ...p,
      pageOnlyGzipKb: kb(p.scripts.filter((s) => !shared.includes(s)).reduce((n, s) => n + chunkCache.get(s)!.gzip, 0)),
    })),
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/page-weight.json", JSON.stringify(result, null, 2) + "\n");

  const over = result.pages.filter((p) => !p.withinBudget);
  const max = Math.max(...result.pages.map((p) => p.gzipKb));
  const maxBytes = Math.max(...result.pages.map((p) => p.gzipBytes));
  const lines = [
    `Last run ${result.at} (build \`${DIST}\`, ${result.machine.cpus} × ${result.machine.cpu}, Node ${result.machine.node}). Budget: **${BUDGET_KB} KB gzip** first-load JS.`,
    "",
    "| pagina | rol | chunks | JS gzip (KB) | waarvan alleen deze pagina | JS brotli (KB) | JS ongecomprimeerd (KB) | HTML gzip (KB) | ≤ 180 KB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...result.pages.map(
      (p) =>
        `| ${p.label} \`${p.path}\` | ${p.role ?? "anoniem"} | ${p.chunks} | ${p.gzipKb} | ${p.pageOnlyGzipKb} | ${p.brotliKb} | ${p.rawKb} | ${p.htmlGzipKb} | ${p.withinBudget ? "ja" : `**nee** (+${p.gzipBytes - BUDGET_KB * 1024} bytes)`} |`,
    ),
    "",
    `Shared by every page: ${result.shared.chunks} chunks, ${result.shared.gzipKb} KB gzip. Heaviest page: ${max} KB gzip; ` +
      (over.length
        ? `${over.length} page(s) over the budget.`
        : `all pages within the budget (${BUDGET_KB * 1024 - maxBytes} bytes headroom on the heaviest).`),
    "",
    "Largest chunks (gzip KB): " + largest.map((c) => `\`${path.basename(c.src)}\` ${c.gzipKb}`).join(", ") + ".",
  ];
  writeDocSection("PAGE-WEIGHT", lines.join("\n"));
  log(`wrote bench/results/page-weight.json and docs/performance.md; heaviest ${max} KB gzip, budget ${BUDGET_KB} KB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
