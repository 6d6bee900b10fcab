/**
 * The deployment files (no Docker engine here): docker-compose.yml, the demo override and the
 * Dockerfile pass scripts/check-deploy.ts, and each rule there catches what it is for.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkCompose, checkDockerfile, checkScaleCompose, parseCompose, parseComposeOverride } from "../../scripts/check-deploy";

const read = (p: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../..", p), "utf8");
const base = () => parseCompose(read("docker-compose.yml"));
const demo = () => parseCompose(read("deploy/docker-compose.demo.yml"));

describe("docker-compose.yml", () => {
  it("passes: required secrets, demo off, restart policies, a worker, Mailpit only in the demo profile", () => {
    expect(checkCompose(base(), demo())).toEqual([]);
  });

  it("resolves the shared app settings (YAML anchors and merge keys) into app and worker", () => {
    const c = base();
    expect(c.services!.worker.environment!.NEXTAUTH_SECRET).toMatch(/^\$\{NEXTAUTH_SECRET:\?/);
    expect(c.services!.worker.command).toEqual(["node", "--import", "tsx", "scripts/worker.ts"]);
    expect(c.services!.app.environment!.JOBS_IN_PROCESS).toBe("0");
  });

  it("catches a secret with a default, demo mode on by default, a missing restart policy and Mailpit outside a profile", () => {
    const c = base();
    c.services!.app.environment!.NEXTAUTH_SECRET = "${NEXTAUTH_SECRET:-changeme}";
    c.services!.worker.environment!.SAMENKRACHT_DEMO = "${SAMENKRACHT_DEMO:-1}";
    delete c.services!.db.restart;
    delete c.services!.mailpit.profiles;
    const problems = checkCompose(c, demo());
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("app.NEXTAUTH_SECRET must be required"),
        expect.stringContaining("worker must have demo mode off"),
        expect.stringContaining("db has no restart policy"),
        expect.stringContaining("mailpit must only run in the demo/dev profile"),
      ]),
    );
  });

  it("catches a missing worker and an npm process", () => {
    const c = base();
    delete c.services!.worker;
    c.services!.app.command = ["npm", "start"];
    expect(checkCompose(c)).toEqual(
      expect.arrayContaining([expect.stringContaining('"worker" is missing'), expect.stringContaining("app must not run npm")]),
    );
  });
});

describe("deploy/docker-compose.scale.yml (scale-out: nginx, 2+ replicas, workers)", () => {
  const scale = () => parseComposeOverride(read("deploy/docker-compose.scale.yml"));
  const nginx = () => read("deploy/nginx/samenkracht.conf");

  it("passes: 2 replicas behind nginx, no published app port, TRUSTED_PROXIES = the proxy's fixed address", () => {
    expect(checkScaleCompose(scale(), nginx(), base())).toEqual([]);
    const c = scale();
    expect(c.services!.app.deploy!.replicas).toBe("${APP_REPLICAS:-2}");
    expect(c.services!.app.environment!.TRUSTED_PROXIES).toBe("172.30.0.10");
  });

  it("catches one replica, a published app port, jobs in the web processes and a TRUSTED_PROXIES wider than the proxy", () => {
    const c = scale();
    c.services!.app.deploy = { replicas: 1 };
    c.services!.app.ports = ["3000:3000"];
    c.services!.app.environment!.JOBS_IN_PROCESS = "1";
    c.services!.app.environment!.TRUSTED_PROXIES = "172.16.0.0/12";
    expect(checkScaleCompose(c, nginx(), base())).toEqual(
      expect.arrayContaining([
        expect.stringContaining("2 or more replicas"),
        expect.stringContaining("must publish no port"),
        expect.stringContaining("JOBS_IN_PROCESS=0"),
        expect.stringContaining("TRUSTED_PROXIES must be exactly the proxy's address 172.30.0.10"),
      ]),
    );
  });

  it("catches a missing proxy, and an nginx config that drops the client address or pins sessions", () => {
    const c = scale();
    delete c.services!.proxy;
    expect(checkScaleCompose(c, nginx(), base())).toEqual([expect.stringContaining('"proxy" (nginx) is missing')]);
    const bad = nginx()
      .replace(/proxy_set_header X-Forwarded-For .*;/, "proxy_set_header X-Forwarded-For $remote_addr;")
      .replace("keepalive 32;", "keepalive 32;\n    ip_hash;");
    expect(checkScaleCompose(scale(), bad, base())).toEqual(
      expect.arrayContaining([expect.stringContaining("$proxy_add_x_forwarded_for"), expect.stringContaining("no sticky sessions")]),
    );
  });
});

describe("Dockerfile", () => {
  it("passes: two stages, npm ci --omit=dev at runtime, build copied from the build stage, non-root, node as the process", () => {
    expect(checkDockerfile(read("Dockerfile"))).toEqual([]);
  });

  it("catches a single stage, npm as PID 1 and root", () => {
    const single = 'ARG NODE_IMAGE=node:26-slim\nFROM ${NODE_IMAGE}\nRUN npm install\nRUN npx next build\nCMD ["npm", "start"]\n';
    const problems = checkDockerfile(single);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining("build stage and a runtime stage"),
        expect.stringContaining("npm ci --omit=dev"),
        expect.stringContaining("non-root"),
        expect.stringContaining("npm must not be PID 1"),
      ]),
    );
  });
});
