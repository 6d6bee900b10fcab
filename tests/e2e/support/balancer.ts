/**
 * nginx in front of the e2e replicas (tests/e2e/support/server.ts with E2E_REPLICAS > 1): Debian's
 * nginx (package `nginx`) started as a plain process with its own config, pid and temp folders in a
 * throw-away directory — no system service, no Docker.
 *
 * The proxy settings (headers, HTTP/1.1 keep-alive, which failures go to the next replica) are read
 * from deploy/nginx/samenkracht.conf, the file the scale-out compose mounts, so the test proves the
 * config operators run. What the test adds:
 * - round robin over the replicas (as Docker's DNS gives the compose upstream);
 * - `X-Samenkracht-Replica: a|b` pins a request to one replica, and every answer names the replica
 *   that served it in `X-Samenkracht-Upstream` (so a test can prove it read from the other one);
 * - nginx connects to the replicas from 127.0.0.2 (proxy_bind) and the replicas trust only that
 *   address (TRUSTED_PROXIES=127.0.0.2): the browser on 127.0.0.1 is a client like any other, and a
 *   client-sent X-Forwarded-For is not believed.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const PROXY_BIND_ADDRESS = "127.0.0.2";
export const PIN_HEADER = "x-samenkracht-replica";
export const UPSTREAM_HEADER = "x-samenkracht-upstream";

export type Replica = { name: string; port: number };

const NGINX_CANDIDATES = [process.env.NGINX_PATH, "/usr/sbin/nginx", "/usr/bin/nginx", "/usr/local/sbin/nginx", "/usr/local/bin/nginx"];

export function findNginx(): string {
  const found = NGINX_CANDIDATES.find((p) => p && fs.existsSync(p));
  if (!found) {
    throw new Error(
      "nginx is not installed: the scale-out e2e needs it (Debian: apt-get install nginx; or NGINX_PATH=/path/to/nginx). .ci/run installs it.",
    );
  }
  return found;
}

/** The proxy_* lines of the location block in deploy/nginx/samenkracht.conf. */
function deployProxySettings(file = path.resolve("deploy/nginx/samenkracht.conf")): string[] {
  const lines = fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*$/, "").trim())
    .filter((l) => /^proxy_(set_header|http_version|next_upstream|read_timeout)\s/.test(l));
  if (!lines.some((l) => l.includes("$proxy_add_x_forwarded_for"))) throw new Error(`${file}: no X-Forwarded-For line`);
  return lines;
}

function nginxConfig(dir: string, listenPort: number, replicas: Replica[]): string {
  const upstream = (name: string, rs: Replica[]) =>
    `  upstream ${name} {\n${rs.map((r) => `    server 127.0.0.1:${r.port} max_fails=0;`).join("\n")}\n    keepalive 16;\n  }`;
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  client_max_body_size 10m;
  server_tokens off;
${upstream("samenkracht_all", replicas)}
${replicas.map((r) => upstream(`samenkracht_${r.name}`, [r])).join("\n")}
  map $http_${PIN_HEADER.replace(/-/g, "_")} $samenkracht_upstream {
    default samenkracht_all;
${replicas.map((r) => `    ${r.name} samenkracht_${r.name};`).join("\n")}
  }
  server {
    listen 127.0.0.1:${listenPort};
    location / {
      proxy_pass http://$samenkracht_upstream;
      proxy_bind ${PROXY_BIND_ADDRESS};
      ${deployProxySettings().join("\n      ")}
      add_header X-Samenkracht-Upstream $upstream_addr always;
    }
  }
}
`;
}

export type Balancer = { process: ChildProcess; dir: string; stop: () => Promise<void> };

/** Start nginx on 127.0.0.1:listenPort in front of the replicas; resolves once it accepts connections. */
export async function startBalancer(listenPort: number, replicas: Replica[], log: (msg: string) => void): Promise<Balancer> {
  const nginx = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "samenkracht-nginx-"));
  // Run as root, nginx's workers run as nobody: they must reach the temp folders.
  fs.chmodSync(dir, 0o755);
  for (const t of ["body", "proxy", "fastcgi", "uwsgi", "scgi"]) fs.mkdirSync(path.join(dir, "tmp", t), { recursive: true, mode: 0o777 });
  for (const t of ["", "/body", "/proxy", "/fastcgi", "/uwsgi", "/scgi"]) fs.chmodSync(path.join(dir, "tmp") + t, 0o777);
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, nginxConfig(dir, listenPort, replicas));
  const test = spawnSync(nginx, ["-p", dir, "-c", conf, "-t", "-q"], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused the config: ${test.stderr}`);
  const child = spawn(nginx, ["-p", dir, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`http://127.0.0.1:${listenPort}/api/health`);
      break;
    } catch {
      if (child.exitCode !== null)
        throw new Error(`nginx exited with ${child.exitCode}: ${fs.readFileSync(path.join(dir, "error.log"), "utf8")}`);
      if (Date.now() > deadline) throw new Error("nginx did not start listening within 10 s");
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  log(`nginx (${nginx}) on 127.0.0.1:${listenPort} → ${replicas.map((r) => `${r.name}:${r.port}`).join(", ")} (config ${conf})`);
  return {
    process: child,
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGQUIT"); // graceful
        await new Promise((r) => setTimeout(r, 300));
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
