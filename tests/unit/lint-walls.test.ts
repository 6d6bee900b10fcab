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
        'import { ZSignalInput } from "@/modules/signals/schemas";\nexport const x = ZSignalInput;\n',
      ),
    ).toEqual([]);
  }, 60_000);
});
