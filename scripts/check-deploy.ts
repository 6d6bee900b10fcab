/**
 * `npm run deploy:check`: validate the deployment files without a Docker engine (CI has none).
 * Parses docker-compose.yml (and the demo override) with the `yaml` package — anchors and merge
 * keys resolved as compose does — and checks the rules operators rely on; checks the Dockerfile's
 * stages; checks the scale-out override and its nginx config. Exits non-zero with one line per problem. The checks are exported for the unit test.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse } from "yaml";

type Service = {
  image?: string;
  ports?: unknown[];
  volumes?: (string | { source?: string; target?: string })[];
  deploy?: { replicas?: number | string };
  networks?: Record<string, { ipv4_address?: string } | null> | string[];
  build?: unknown;
  command?: string[] | string;
  restart?: string;
  init?: boolean;
  profiles?: string[];
  environment?: Record<string, string | number | boolean | null>;
  depends_on?: Record<string, unknown> | string[];
};
type Compose = { services?: Record<string, Service>; networks?: Record<string, unknown> };

/** Secrets the app must never start without: each must be `${VAR:?message}` in the base file. */
export const REQUIRED_SECRETS = [
  "DATABASE_URL",
  "APP_DATABASE_PASSWORD",
  "NEXTAUTH_SECRET",
  "SIGNAL_KEYS",
  "SIGNAL_ACTIVE_KEY",
  "APP_URL",
  "SMTP_URL",
];
const REQUIRED_REF = /\$\{[A-Z_][A-Z0-9_]*:\?[^}]*\}/;

export function parseCompose(text: string): Compose {
  return parse(text, { merge: true }) as Compose;
}

export function checkCompose(base: Compose, demo?: Compose): string[] {
  const problems: string[] = [];
  const services = base.services ?? {};
  for (const name of ["db", "app", "worker", "mailpit"]) if (!services[name]) problems.push(`compose: service "${name}" is missing`);
  for (const name of ["db", "app", "worker"]) {
    const s = services[name];
    if (s && !["always", "unless-stopped", "on-failure"].some((p) => s.restart?.startsWith(p)))
      problems.push(`compose: ${name} has no restart policy`);
  }
  for (const name of ["app", "worker"]) {
    const s = services[name];
    if (!s) continue;
    const env = s.environment ?? {};
    for (const key of REQUIRED_SECRETS) {
      if (!REQUIRED_REF.test(String(env[key] ?? ""))) problems.push(`compose: ${name}.${key} must be required (\${VAR:?…}), not a default`);
    }
    const demo = String(env.SAMENKRACHT_DEMO ?? "0");
    if (!/^(0|\$\{SAMENKRACHT_DEMO:-0\})$/.test(demo))
      problems.push(`compose: ${name} must have demo mode off by default (SAMENKRACHT_DEMO is ${demo})`);
    const cmd = Array.isArray(s.command) ? s.command.join(" ") : (s.command ?? "");
    if (/^npm\b/.test(cmd)) problems.push(`compose: ${name} must not run npm as its process`);
  }
  const worker = services.worker;
  if (worker && !String(Array.isArray(worker.command) ? worker.command.join(" ") : worker.command).includes("scripts/worker.ts")) {
    problems.push("compose: worker must run scripts/worker.ts (npm run worker)");
  }
  if (services.app && services.app.environment?.JOBS_IN_PROCESS !== "0")
    problems.push("compose: app must leave the jobs to the worker (JOBS_IN_PROCESS=0)");
  const db = services.db;
  if (db && !REQUIRED_REF.test(String(db.environment?.POSTGRES_PASSWORD ?? "")))
    problems.push("compose: db.POSTGRES_PASSWORD must be required");
  const mailpit = services.mailpit;
  if (mailpit && !(mailpit.profiles ?? []).some((p) => p === "demo" || p === "dev"))
    problems.push("compose: mailpit must only run in the demo/dev profile");
  if (demo) {
    const app = demo.services?.app?.environment ?? {};
    if (String(app.SAMENKRACHT_DEMO) !== "1") problems.push("compose demo override: app must turn demo mode on");
    if (!String(app.SMTP_URL ?? "").includes("mailpit")) problems.push("compose demo override: app mail must go to Mailpit");
  }
  return problems;
}

/** Parse an override that uses compose's `!reset` tag (kept as its value: `ports: !reset []` → []). */
export function parseComposeOverride(text: string): Compose {
  return parse(text, { merge: true, logLevel: "error" }) as Compose;
}

/** `2`, "2" or "${APP_REPLICAS:-2}" → 2 (the default compose uses); anything else → NaN. */
function replicaCount(value: unknown): number {
  if (typeof value === "number") return value;
  const m = String(value ?? "").match(/^(?:(\d+)|\$\{[A-Z_][A-Z0-9_]*:-(\d+)\})$/);
  return m ? Number(m[1] ?? m[2]) : Number.NaN;
}

/**
 * The scale-out override (deploy/docker-compose.scale.yml) on top of the base file: 2+ app
 * replicas reachable only through the proxy, jobs only in the worker service, TRUSTED_PROXIES naming
 * exactly the proxy's fixed address, and an nginx config that appends the client to X-Forwarded-For.
 */
export function checkScaleCompose(scale: Compose, nginxConf: string | undefined, base?: Compose): string[] {
  const problems: string[] = [];
  const s = scale.services ?? {};
  const app = s.app;
  const proxy = s.proxy;
  if (!app) return ['compose scale: service "app" is missing'];
  if (!(replicaCount(app.deploy?.replicas) >= 2))
    problems.push(`compose scale: app needs 2 or more replicas by default (deploy.replicas is ${String(app.deploy?.replicas)})`);
  if (!Array.isArray(app.ports) || app.ports.length > 0)
    problems.push("compose scale: app must publish no port (ports: !reset []): the replicas are reached through the proxy");
  if (String(app.environment?.JOBS_IN_PROCESS ?? base?.services?.app?.environment?.JOBS_IN_PROCESS) !== "0")
    problems.push("compose scale: app must leave the jobs to the worker (JOBS_IN_PROCESS=0)");
  if (!s.worker && !base?.services?.worker) problems.push("compose scale: a worker service is needed");
  if (!proxy) {
    problems.push('compose scale: service "proxy" (nginx) is missing');
    return problems;
  }
  if (!/^nginx[:@]/.test(proxy.image ?? "")) problems.push("compose scale: proxy must be nginx");
  if (!["always", "unless-stopped", "on-failure"].some((p) => proxy.restart?.startsWith(p)))
    problems.push("compose scale: proxy has no restart policy");
  if (!proxy.ports?.length) problems.push("compose scale: proxy must publish the port");
  const nets = proxy.networks && !Array.isArray(proxy.networks) ? Object.values(proxy.networks) : [];
  const proxyAddress = nets.map((n) => n?.ipv4_address).find(Boolean);
  const trusted = String(app.environment?.TRUSTED_PROXIES ?? "")
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!proxyAddress) problems.push("compose scale: proxy needs a fixed address (networks.default.ipv4_address) for TRUSTED_PROXIES");
  else if (trusted.length !== 1 || trusted[0] !== proxyAddress)
    problems.push(`compose scale: app TRUSTED_PROXIES must be exactly the proxy's address ${proxyAddress} (is "${trusted.join(",")}")`);
  const mounted = (proxy.volumes ?? [])
    .map((v) => (typeof v === "string" ? v : `${v.source}:${v.target}`))
    .find((v) => v.includes("/etc/nginx/"));
  if (!mounted) problems.push("compose scale: proxy must mount the nginx config (deploy/nginx/samenkracht.conf)");
  if (nginxConf === undefined) problems.push("compose scale: deploy/nginx/samenkracht.conf is missing");
  else {
    const conf = nginxConf.replace(/#.*$/gm, "");
    if (!/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for\s*;/.test(conf))
      problems.push("nginx: X-Forwarded-For must append the client ($proxy_add_x_forwarded_for)");
    if (!/server\s+app:3000\b/.test(conf)) problems.push("nginx: the upstream must be the app service (app:3000)");
    if (/\b(ip_hash|sticky)\b/.test(conf)) problems.push("nginx: no sticky sessions: every replica must serve every request");
  }
  return problems;
}

export function checkDockerfile(text: string): string[] {
  const problems: string[] = [];
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const froms = lines.map((l, i) => [l, i] as const).filter(([l]) => /^FROM\s/i.test(l));
  if (froms.length < 2) problems.push("Dockerfile: needs a build stage and a runtime stage");
  const last = lines.slice(froms.at(-1)?.[1] ?? 0);
  const runtime = last.join("\n");
  if (!/npm ci --omit=dev/.test(runtime)) problems.push("Dockerfile: the runtime stage must install with npm ci --omit=dev");
  if (/next build/.test(runtime)) problems.push("Dockerfile: the runtime stage must not build (build in the build stage)");
  if (!/COPY --from=\S+ \S*\.next/.test(runtime))
    problems.push("Dockerfile: the runtime stage must copy the build output from the build stage");
  const user = last.filter((l) => /^USER\s/i.test(l)).at(-1);
  if (!user || /^USER\s+(root|0)\b/i.test(user)) problems.push("Dockerfile: the runtime stage must run as a non-root user");
  const cmd = last.filter((l) => /^(CMD|ENTRYPOINT)\s/i.test(l)).at(-1) ?? "";
  if (!cmd) problems.push("Dockerfile: no CMD");
  if (/\[\s*"npm"|^(CMD|ENTRYPOINT)\s+npm\b/i.test(cmd)) problems.push("Dockerfile: npm must not be PID 1 (run node directly)");
  const base = text.match(/^ARG NODE_IMAGE=node:(\d+)/m);
  if (!base || Number(base[1]) < 22) problems.push("Dockerfile: the default base image must be a supported Node LTS (node:26)");
  return problems;
}

async function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const read = (p: string) => fs.readFileSync(path.join(root, p), "utf8");
  const problems = [
    ...checkCompose(parseCompose(read("docker-compose.yml")), parseCompose(read("deploy/docker-compose.demo.yml"))),
    ...checkScaleCompose(
      parseComposeOverride(read("deploy/docker-compose.scale.yml")),
      fs.existsSync(path.join(root, "deploy/nginx/samenkracht.conf")) ? read("deploy/nginx/samenkracht.conf") : undefined,
      parseCompose(read("docker-compose.yml")),
    ),
    ...checkDockerfile(read("Dockerfile")),
  ];
  for (const p of problems) console.error(`✗ ${p}`);
  if (problems.length) process.exit(1);
  console.log(
    "docker-compose.yml, deploy/docker-compose.demo.yml, deploy/docker-compose.scale.yml (+ deploy/nginx/samenkracht.conf) and Dockerfile: all checks passed",
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void main();
