import { describe, expect, it } from "vitest";
import { coalescedVersionReader, publicCacheTarget } from "./public-cache";

const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ method, url, headers });

describe("which requests the public page cache may answer", () => {
  it("the public pages of a gemeente and its .ics feed, anonymous GET only", () => {
    for (const url of [
      "/g/samenstad",
      "/g/samenstad/partners?pagina=2",
      "/g/samenstad/aanbod?wijk=Noord",
      "/g/samenstad/agenda",
      "/g/samenstad/help",
      "/api/ics/samenstad",
    ]) {
      expect(publicCacheTarget(req(url))?.slug).toBe("samenstad");
    }
    expect(publicCacheTarget(req("/g/samenstad/partners?zoek=a"))?.key).toBe("|/g/samenstad/partners?zoek=a");
    expect(publicCacheTarget(req("/g/samenstad/partners", {}, "POST"))).toBeNull();
    expect(publicCacheTarget(req("/g/samenstad/partners", {}, "HEAD"))).toBeNull();
  });

  it("never personal pages, forms with a token, staff pages or the API", () => {
    for (const url of [
      "/g/samenstad/zorgen",
      "/g/samenstad/zorgen/stand",
      "/g/samenstad/aanmelding/abc",
      "/g/samenstad/uitnodiging/abc",
      "/app/samenstad",
      "/landelijk",
      "/api/v1/gemeenten/samenstad/register",
      "/g/samen%20stad/partners",
    ]) {
      expect(publicCacheTarget(req(url)), url).toBeNull();
    }
  });

  it("never with a session (any cookie but the language), an Authorization header or a router request", () => {
    expect(publicCacheTarget(req("/g/samenstad/partners", { cookie: "next-auth.session-token=x" }))).toBeNull();
    expect(publicCacheTarget(req("/g/samenstad/partners", { cookie: "lang=en; __Secure-next-auth.session-token.0=x" }))).toBeNull();
    expect(publicCacheTarget(req("/g/samenstad/partners", { cookie: "lang=<script>" }))).toBeNull();
    expect(publicCacheTarget(req("/g/samenstad/partners", { authorization: "Bearer k" }))).toBeNull();
    expect(publicCacheTarget(req("/g/samenstad/partners", { rsc: "1" }))).toBeNull();
    expect(publicCacheTarget(req("/g/samenstad/partners", { "next-action": "abc" }))).toBeNull();
    expect(publicCacheTarget(req("/g/samenstad/partners?_rsc=1x"))).toBeNull();
    // The language is part of the key: an English page is never served to a Dutch visitor.
    expect(publicCacheTarget(req("/g/samenstad", { cookie: "lang=en" }))?.key).toBe("en|/g/samenstad");
  });
});

describe("coalesced version reads", () => {
  it("a request that arrives while a read runs gets a read that started after it arrived", async () => {
    let version = 1;
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const read = coalescedVersionReader(async () => {
      const seen = version;
      started.push(seen);
      await new Promise<void>((resolve) => releases.push(resolve));
      return String(seen);
    });
    const first = read("a");
    version = 2; // committed after the first read began, before the next requests arrived
    const second = read("a");
    const third = read("a");
    releases[0]();
    expect(await first).toBe("1");
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([1, 2]); // one shared second read, not one per request
    releases[1]();
    expect(await second).toBe("2");
    expect(await third).toBe("2");
  });
});
