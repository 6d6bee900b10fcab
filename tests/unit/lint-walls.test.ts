import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

async function wallMessages(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("lint wall: src/lib imports no feature module", () => {
  it("fails a lib file that imports a module, by alias or relative path", async () => {
    const alias = await wallMessages(
      "src/lib/wall-fixture.ts",
      'import { ZSignalInput } from "@/modules/signals/schemas";\nexport const x = ZSignalInput;\n',
    );
    expect(alias).toHaveLength(1);
    expect(alias[0]).toMatch(/src\/lib imports no feature module/);
    const relative = await wallMessages(
      "src/lib/jobs/wall-fixture.ts",
      'import { retentionJob } from "../../modules/signals/jobs/retention";\nexport const x = retentionJob;\n',
    );
    expect(relative).toHaveLength(1);
    const typeOnly = await wallMessages(
      "src/lib/wall-fixture.ts",
      'import type { TenantContext } from "@/modules/audit/schemas";\nexport type X = TenantContext;\n',
    );
    expect(typeOnly).toHaveLength(1);
  }, 60_000);

  it("lets lib import lib, and modules and the composition root import modules", async () => {
    expect(await wallMessages("src/lib/wall-fixture.ts", 'import { can } from "@/lib/auth/permissions";\nexport const x = can;\n')).toEqual(
      [],
    );
    expect(
      await wallMessages(
        "src/server/wall-fixture.ts",
        'import { ZSignalInput } from "@/modules/signals/schemas";\nexport const x = ZSignalInput;\n',
      ),
    ).toEqual([]);
    expect(
      await wallMessages(
        "src/modules/offer/wall-fixture.ts",
        'import { STATUS_LABELS } from "@/modules/signals";\nexport const x = STATUS_LABELS;\n',
      ),
    ).toEqual([]);
  }, 60_000);
});

describe("lint wall: a module imports another module only through its public surface", () => {
  it("fails a module file that reaches into another module's schemas, server files, jobs or components", async () => {
    for (const [file, from] of [
      ["src/modules/offer/wall-fixture.ts", "@/modules/signals/schemas"],
      ["src/modules/offer/server/wall-fixture.ts", "@/modules/signals/server/create-signal"],
      ["src/modules/plan/wall-fixture.ts", "@/modules/engagement/jobs/send-due-digest"],
      ["src/modules/selfservice/components/wall-fixture.tsx", "@/modules/engagement/components/stop-form"],
    ] as const) {
      const messages = await wallMessages(file, `import { x } from "${from}";\nexport const y = x;\n`);
      expect(messages, `${file} importing ${from}`).toHaveLength(1);
      expect(messages[0]).toMatch(/only through its public surface/);
    }
    const typeOnly = await wallMessages(
      "src/modules/plan/wall-fixture.ts",
      'import type { SignalCategory } from "@/modules/signals/categories";\nexport type X = SignalCategory;\n',
    );
    expect(typeOnly).toHaveLength(1);
  }, 60_000);

  it("lets a module import another's public surface and any file of its own", async () => {
    for (const [file, from] of [
      ["src/modules/offer/wall-fixture.ts", "@/modules/signals"],
      ["src/modules/offer/server/wall-fixture.ts", "@/modules/signals/server"],
      ["src/modules/signals/server/wall-fixture.ts", "@/modules/signals/server/create-signal"],
      ["src/modules/signals/components/wall-fixture.tsx", "@/modules/signals/schemas"],
      ["src/app/wall-fixture.tsx", "@/modules/signals/components/status-badge"],
      ["src/server/wall-fixture.ts", "@/modules/signals/jobs/retention"],
    ] as const) {
      expect(await wallMessages(file, `import { x } from "${from}";\nexport const y = x;\n`), `${file} importing ${from}`).toEqual([]);
    }
  }, 60_000);
});

describe("lint: pages and routes call module functions, they do not query", () => {
  async function messages(filePath: string, code: string): Promise<string[]> {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return result!.messages
      .filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-syntax")
      .map((m) => m.message);
  }

  it("fails on a database client in a page and on ctx.run in a page", async () => {
    const client = await messages(
      "src/app/app/[gemeente]/fixture/page.tsx",
      'import { platformDb } from "@/lib/db/tenant";\nexport default async function P() { await platformDb().user.findMany(); return null; }\n',
    );
    expect(client).toHaveLength(1);
    expect(client[0]).toMatch(/does not query/);
    const run = await messages(
      "src/app/app/[gemeente]/fixture/page.tsx",
      "declare const ctx: { run: (f: (db: unknown) => unknown) => unknown };\nexport default async function P() { await ctx.run((db) => db); return null; }\n",
    );
    expect(run).toHaveLength(1);
    expect(run[0]).toMatch(/ctx\.run/);
  }, 60_000);

  it("lets a page call a module function, and the health route ask the database", async () => {
    expect(
      await messages(
        "src/app/app/[gemeente]/fixture/page.tsx",
        'import { listMembers } from "@/modules/users/server/people";\nexport const x = listMembers;\n',
      ),
    ).toEqual([]);
    expect(
      await messages("src/app/api/health/route.ts", 'import { platformDb } from "@/lib/db/tenant";\nexport const x = platformDb;\n'),
    ).toEqual([]);
  }, 60_000);
});

describe("lint: one way for a form", () => {
  async function formMessages(filePath: string, code: string): Promise<string[]> {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
  }

  it("fails a component that uses react-hook-form, the zod resolver or useActionState itself", async () => {
    for (const code of [
      'import { useForm } from "react-hook-form";\nexport const x = useForm;\n',
      'import { zodResolver } from "@hookform/resolvers/zod";\nexport const x = zodResolver;\n',
      'import { useActionState } from "react";\nexport const x = useActionState;\n',
    ]) {
      const messages = await formMessages("src/modules/offer/components/form-fixture.tsx", code);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/useActionForm/);
    }
  }, 60_000);

  it("lets a form use useActionForm, React's other hooks, and the check engine use react-hook-form", async () => {
    expect(
      await formMessages(
        "src/modules/offer/components/form-fixture.tsx",
        'import { useState } from "react";\nimport { useActionForm } from "@/components/forms/action-form";\nexport const x = [useState, useActionForm];\n',
      ),
    ).toEqual([]);
    expect(
      await formMessages(
        "src/components/forms/check-engine.ts",
        'import { createFormControl } from "react-hook-form";\nexport const x = createFormControl;\n',
      ),
    ).toEqual([]);
  }, 60_000);
});

describe("lint: Intl formatters are made once (INTL_ONCE)", () => {
  async function syntaxMessages(filePath: string, code: string): Promise<string[]> {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return result!.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
  }
  it("fails a formatter made per call, in a module and in a page", async () => {
    const perCall = 'export const f = (d: Date) => new Intl.DateTimeFormat("nl-NL").format(d);\n';
    expect(await syntaxMessages("src/modules/plan/intl-fixture.ts", perCall)).toHaveLength(1);
    expect(await syntaxMessages("src/app/app/intl-fixture.tsx", perCall)).toHaveLength(1);
    const toLocale = 'export const f = (d: Date) => d.toLocaleDateString("nl-NL", { month: "long" });\n';
    expect(await syntaxMessages("src/modules/plan/intl-fixture.ts", toLocale)).toHaveLength(1);
  }, 60_000);
  it("lets a formatter made once at module level pass", async () => {
    const once = 'const fmt = new Intl.DateTimeFormat("nl-NL");\nexport const f = (d: Date) => fmt.format(d);\n';
    expect(await syntaxMessages("src/modules/plan/intl-fixture.ts", once)).toEqual([]);
    expect(await syntaxMessages("src/app/app/intl-fixture.tsx", once)).toEqual([]);
  }, 60_000);
});

describe("lint: a link per row does not prefetch (ROW_LINK)", () => {
  async function syntaxMessages(filePath: string, code: string): Promise<string[]> {
    const eslint = new ESLint({ cwd: root });
    const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
    return result!.messages.filter((m) => m.ruleId === "no-restricted-syntax").map((m) => m.message);
  }
  const rows = (attrs: string) =>
    `import Link from "next/link";\nexport const L = ({ ids }: { ids: string[] }) => <ul>{ids.map((id) => <li key={id}><Link ${attrs} href={"/x/" + id}>{id}</Link></li>)}</ul>;\n`;
  it("fails a <Link> drawn per row without a prefetch choice, in a page and in a module", async () => {
    expect(await syntaxMessages("src/app/app/row-link-fixture.tsx", rows(""))).toEqual([expect.stringMatching(/prefetch=\{false\}/)]);
    expect(await syntaxMessages("src/modules/plan/row-link-fixture.tsx", rows(""))).toHaveLength(1);
  }, 60_000);
  it("lets prefetch={false}, an explicit menu choice and a single link pass", async () => {
    expect(await syntaxMessages("src/app/app/row-link-fixture.tsx", rows("prefetch={false}"))).toEqual([]);
    expect(await syntaxMessages("src/modules/plan/row-link-fixture.tsx", rows('prefetch="auto"'))).toEqual([]);
    const single = 'import Link from "next/link";\nexport const L = () => <Link href="/x">x</Link>;\n';
    expect(await syntaxMessages("src/app/app/row-link-fixture.tsx", single)).toEqual([]);
  }, 60_000);
});
