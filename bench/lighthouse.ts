/**
 * Lighthouse for issue 7: performance, accessibility and best practices of the main pages, with the
 * desktop preset and the default mobile preset (simulated slow 4G + 4× CPU slowdown), in Debian's
 * Chromium (/usr/bin/chromium, headless). Target: every score ≥ 95.
 *
 *   flock /tmp/sk-build.lock env NEXT_DIST_DIR=.next-quality npx next build --experimental-build-mode=compile
 *   NEXT_DIST_DIR=.next-quality npm run bench:lighthouse
 *
 * The app runs from the production build with a fresh seeded database (tests/e2e/support/server.ts);
 * logged-in pages get the demo role's session cookie as an extra request header. Each page is loaded
 * once before it is measured (a warm server, as in production). Writes bench/results/lighthouse.json
 * and the table in docs/performance.md (section "Paginagewicht en Lighthouse").
 * Settings: BENCH_PORT (3419), NEXT_DIST_DIR (.next-quality), CHROMIUM_PATH (/usr/bin/chromium),
 * LH_PAGES (comma-separated keys of MAIN_PAGES), LH_PRESETS (desktop,mobile), LH_RUNS (3; the median run
 * by performance score is reported, with the spread).
 */
import fs from "node:fs";
import os from "node:os";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Config } from "lighthouse";
import { MAIN_PAGES, login, startApp, type MainPage } from "./quality-server";
import { writeDocSection } from "./quality-doc";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const PORT = Number(process.env.BENCH_PORT || 3419);
const DIST = process.env.NEXT_DIST_DIR || ".next-quality";
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const TARGET = 95;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
const PRESETS = (process.env.LH_PRESETS || "desktop,mobile").split(",") as ("desktop" | "mobile")[];
const ONLY = process.env.LH_PAGES?.split(",");
/** Runs per page and preset; the run with the median performance score is reported (a shared 2-core machine is noisy). */
const RUNS = Number(process.env.LH_RUNS || 3);
const SAVE_DIR = process.env.LH_SAVE_DIR;
/** Benchmark index and load average of every run, to show how busy the shared machine was. */
const machineSeen: { benchmarkIndex: number | null; loadAvg1: number }[] = [];
let saved = 0;
const log = (m: string) => console.log(`[lighthouse] ${m}`);

type Row = {
  key: string;
  label: string;
  path: string;
  role: string | null;
  preset: "desktop" | "mobile";
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  metrics: { fcpMs: number | null; lcpMs: number | null; tbtMs: number | null; cls: number | null; speedIndexMs: number | null };
  /** Lighthouse's CPU benchmark for this run (higher = faster machine; it drops when the machine is busy) and the load average. */
  machine?: { benchmarkIndex: number | null; loadAvg1: number };
  /** Audits that cost points (score < 1), per category, for finding the cause. */
  failing: { category: string; id: string; title: string; score: number | null; displayValue?: string; items?: string[] }[];
  /** Performance score of every run (the row is the median run). */
  performanceRuns: (number | null)[];
};

/** The first few rows of an audit's details table, as short text (what to fix). */
function detailItems(details: unknown): string[] | undefined {
  const items = (details as { items?: unknown[] } | undefined)?.items;
  if (!Array.isArray(items) || !items.length) return undefined;
  return items.slice(0, 5).map((i) => JSON.stringify(i).slice(0, 300));
}

/** One Lighthouse run of one page with one preset. */
async function measure(port: number, p: MainPage, url: string, cookie: string, preset: "desktop" | "mobile"): Promise<Row> {
  const config: Config | undefined = preset === "desktop" ? desktopConfig : undefined;
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES], extraHeaders: cookie ? { Cookie: cookie } : undefined },
    config,
  );
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const lhr = result.lhr;
  if (SAVE_DIR) {
    fs.mkdirSync(SAVE_DIR, { recursive: true });
    fs.writeFileSync(`${SAVE_DIR}/${p.key}-${preset}-${++saved}.json`, JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (!lhr.finalDisplayedUrl.endsWith(p.path)) throw new Error(`${url} ended on ${lhr.finalDisplayedUrl} (session lost?)`);
  const num = (id: string) =>
    typeof lhr.audits[id]?.numericValue === "number" ? Math.round(lhr.audits[id].numericValue! * 1000) / 1000 : null;
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score! * 100)]),
  ) as Row["scores"];
  const failing = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((r) => r.weight > 0)
      .map((r) => lhr.audits[r.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
      .map((a) => ({ category: c, id: a.id, title: a.title, score: a.score, displayValue: a.displayValue, items: detailItems(a.details) })),
  );
  const row: Row = {
    key: p.key,
    label: p.label,
    path: p.path,
    role: p.role,
    preset,
    scores,
    metrics: {
      fcpMs: num("first-contentful-paint"),
      lcpMs: num("largest-contentful-paint"),
      tbtMs: num("total-blocking-time"),
      cls: num("cumulative-layout-shift"),
      speedIndexMs: num("speed-index"),
    },
    failing,
    performanceRuns: [],
    machine: { benchmarkIndex: lhr.environment?.benchmarkIndex ?? null, loadAvg1: Math.round(os.loadavg()[0] * 100) / 100 },
  };
  machineSeen.push(row.machine!);
  return row;
}

async function main() {
  const app = await startApp(PORT, DIST, log);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const cookies = new Map<string, string>();
  const rows: Row[] = [];
  try {
    for (const p of MAIN_PAGES.filter((x) => !ONLY || ONLY.includes(x.key))) {
      let cookie = "";
      if (p.role) {
        if (!cookies.has(p.role)) cookies.set(p.role, await login(app.base, app.mailUrl, p.role));
        cookie = cookies.get(p.role)!;
      }
      const url = `${app.base}${p.path}`;
      const warm = await fetch(url, { headers: { cookie }, redirect: "manual" });
      if (warm.status !== 200) throw new Error(`${p.path} as ${p.role ?? "anonymous"}: HTTP ${warm.status}`);
      for (const preset of PRESETS) {
        const runs: Row[] = [];
        for (let run = 0; run < RUNS; run++) runs.push(await measure(chrome.port, p, url, cookie, preset));
        runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
        const row = { ...runs[Math.floor(runs.length / 2)], performanceRuns: runs.map((r) => r.scores.performance) };
        const { scores, failing } = row;
        rows.push(row);
        log(
          `${p.path} (${p.role ?? "anonymous"}, ${preset}): ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(", ")}${failing.length ? ` — ${failing.map((f) => f.id).join(", ")}` : ""}`,
        );
      }
    }
  } finally {
    chrome.kill();
    await app.stop();
  }

  const result = {
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
    build: DIST,
    chromium: CHROMIUM,
    lighthouse: (JSON.parse(fs.readFileSync("node_modules/lighthouse/package.json", "utf8")) as { version: string }).version,
    target: TARGET,
    rows,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  fs.writeFileSync("bench/results/lighthouse.json", JSON.stringify(result, null, 2) + "\n");

  const range = (xs: number[]) => (xs.length ? `${Math.min(...xs)}–${Math.max(...xs)}` : "–");
  const busy =
    `Machine during the runs: Lighthouse CPU benchmark index ${range(machineSeen.flatMap((m) => (m.benchmarkIndex === null ? [] : [Math.round(m.benchmarkIndex)])))}` +
    ` (higher is faster; it drops when other processes use the CPU), load average (1 min) ${range(machineSeen.map((m) => m.loadAvg1))}.`;
  const below = rows.flatMap((r) =>
    CATEGORIES.filter((c) => (r.scores[c] ?? 0) < TARGET).map((c) => `${r.path} ${r.preset} ${c} ${r.scores[c]}`),
  );
  const cell = (n: number | null) => (n === null ? "–" : n < TARGET ? `**${n}**` : String(n));
  const ms = (n: number | null) => (n === null ? "–" : String(Math.round(n)));
  const lines = [
    `Last run ${result.at}: Lighthouse ${result.lighthouse} in \`${CHROMIUM}\` (headless), build \`${DIST}\`, ${result.machine.cpus} × ${result.machine.cpu}. ` +
      `Desktop = Lighthouse's desktop preset; mobile = the default (simulated slow 4G, 4× CPU slowdown). ${RUNS} run(s) per cell, the median run by performance is shown (all performance scores in brackets). Target **≥ ${TARGET}**; bold = below.`,
    "",
    "| pagina | rol | preset | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms | CLS |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.label} \`${r.path}\` | ${r.role ?? "anoniem"} | ${r.preset} | ${cell(r.scores.performance)}${r.performanceRuns.length > 1 ? ` (${r.performanceRuns.join("/")})` : ""} | ${cell(r.scores.accessibility)} | ${cell(r.scores["best-practices"])} | ${ms(r.metrics.fcpMs)} | ${ms(r.metrics.lcpMs)} | ${ms(r.metrics.tbtMs)} | ${r.metrics.cls ?? "–"} |`,
    ),
    "",
    busy,
    "",
    below.length
      ? `Below ${TARGET}: ${below.length} score(s): ${below.join("; ")}. Audits that cost points are listed per page in \`bench/results/lighthouse.json\` (\`failing\`).`
      : `Every score is ≥ ${TARGET}.`,
  ];
  writeDocSection("LIGHTHOUSE", lines.join("\n"));
  log(`wrote bench/results/lighthouse.json and docs/performance.md; ${below.length} score(s) below ${TARGET}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
