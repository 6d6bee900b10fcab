import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { readdirSync } from "node:fs";
import { literalTextPlugin } from "./scripts/lint/literal-text.mjs";

/**
 * Wall: shared code (src/lib) imports no feature module (src/modules). Wiring that needs modules
 * lives in the composition root, src/server/ (next-auth's configuration included). No file is excepted.
 * tests/unit/lint-walls.test.ts shows the rule failing on a lib file that imports a module.
 */
export const LIB_WALL = {
  files: ["src/lib/**/*.{ts,tsx,mts,js,mjs}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/modules", "@/modules/**", "**/modules/**", "!**/node_modules/**"],
            message: "src/lib imports no feature module (src/modules). Put the wiring in src/server/ (docs/ARCHITECTURE.md).",
          },
        ],
      },
    ],
  },
};

/**
 * Walls between feature modules: a module imports another module only through its public surface,
 * `@/modules/<name>` (index.ts: pure, no server code) or `@/modules/<name>/server`
 * (server/index.ts). Its schemas, server files, jobs and components are its own. Pages and the composition
 * root (src/app, src/server) wire modules together and may reach their components, actions and jobs.
 * tests/unit/lint-walls.test.ts shows the rule failing; module-walls.test.ts catches relative paths.
 */
export const MODULES = readdirSync(new URL("./src/modules", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
export const MODULE_WALLS = MODULES.map((name) => ({
  files: [`src/modules/${name}/**/*.{ts,tsx,mts,js,mjs}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/modules/*/**", "!@/modules/*/server", `!@/modules/${name}/**`],
            message: `A module imports another module only through its public surface: @/modules/<name> or @/modules/<name>/server (docs/ARCHITECTURE.md).`,
          },
        ],
      },
    ],
  },
}));

/**
 * Pages and route handlers call module functions; they do not query (issue 18 item 3). No database client in
 * src/app and no `ctx.run(...)` there: the reads live in the module that owns the table. The health check is the
 * one exception (it asks the database itself whether it answers). tests/unit/lint-walls.test.ts shows it failing.
 */
/**
 * Intl formatters are made once per process (src/lib/text/dates.ts): making one costs about 50 µs, and a page that
 * made one per row spent milliseconds of each answer on it (issue 20's profile). Fails on `new Intl.…` inside a
 * function and on `toLocale…String(…)` with arguments (which makes one per call). tests/unit/lint-walls.test.ts.
 */
const INTL_ONCE_SYNTAX = [
  {
    selector: ":function NewExpression[callee.object.name='Intl']",
    message: "Make an Intl formatter once, at module level, or use src/lib/text/dates.ts; not per call.",
  },
  {
    selector: "CallExpression[callee.property.name=/^toLocale(Date|Time)?String$/][arguments.length>0]",
    message: "toLocale…String with a locale makes an Intl formatter per call: use src/lib/text/dates.ts.",
  },
];
/**
 * A link drawn once per row of a list (inside a `.map(`) does not prefetch (issue 20): Next's <Link> fetches the
 * page behind every link that scrolls into view, so the pipeline board sent 108 requests for entrepreneur pages
 * and the work queue ~100 for signals, each with its own session check, before anyone clicked. On click
 * the page still loads without a full reload. Navigation links (tabs, menu) keep prefetching.
 */
const ROW_LINK_SYNTAX = [
  {
    selector:
      "CallExpression[callee.property.name='map'] JSXOpeningElement[name.name='Link']:not(:has(JSXAttribute[name.name='prefetch']))",
    message:
      'A <Link> per row prefetches the page behind every row in view: give it prefetch={false} (a menu of a few fixed pages may say prefetch="auto").',
  },
];
export const INTL_ONCE = {
  files: ["src/**/*.{ts,tsx}"],
  ignores: ["src/app/**", "src/**/*.test.{ts,tsx}", "src/lib/text/dates.ts"],
  rules: { "no-restricted-syntax": ["error", ...INTL_ONCE_SYNTAX, ...ROW_LINK_SYNTAX] },
};

export const PAGES_CALL_MODULES = {
  files: ["src/app/**/*.{ts,tsx}"],
  ignores: ["src/app/api/health/route.ts"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/lib/db", "@/lib/db/**", "@/generated/prisma/client", "**/lib/db/**"],
            message: "A page or route calls a module function; it does not query. Put the read in the module that owns the table.",
          },
        ],
      },
    ],
    "no-restricted-syntax": [
      "error",
      {
        selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='run'][callee.object.name='ctx']",
        message: "A page or route calls a module function; it does not run its own query through ctx.run.",
      },
      // One rule, one setting per file: the pages get INTL_ONCE's and ROW_LINK's checks here.
      ...INTL_ONCE_SYNTAX,
      ...ROW_LINK_SYNTAX,
    ],
  },
};

/**
 * Interface text lives in the catalogue (src/i18n; issues 18 and 22): no word in JSX text, in a text attribute
 * or in a string a JSX child shows (scripts/lint/literal-text.mjs; tests/unit/lint-text.test.ts shows it). No file
 * is excepted; a line that shows no text to a person (a hidden bot trap) may say why it is disabled.
 */
export const TEXT_IN_CATALOGUE = {
  files: ["src/**/*.tsx"],
  ignores: ["src/**/*.test.tsx"],
  plugins: { samenkracht: literalTextPlugin },
  rules: { "samenkracht/no-literal-text": "error" },
};

/**
 * One way for a form (issue 18 item 4, docs/decisions/0023): a form posts through useActionForm and checks through
 * useFormCheck (src/components/forms/action-form.ts); react-hook-form and its zod resolver run in one file, the check
 * engine that form loads on demand. So no other file imports react-hook-form, the resolver or React's
 * useActionState. tests/unit/lint-walls.test.ts shows it failing.
 */
const ONE_FORM_WAY_MESSAGE = "A form uses useActionForm (or useFormCheck) from @/components/forms/action-form (docs/decisions/0023).";
export const ONE_FORM_WAY = {
  files: ["src/**/*.{ts,tsx}"],
  ignores: ["src/components/forms/action-form.ts", "src/components/forms/check-engine.ts"],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        paths: [
          { name: "react-hook-form", message: ONE_FORM_WAY_MESSAGE },
          { name: "@hookform/resolvers/zod", message: ONE_FORM_WAY_MESSAGE },
          { name: "react", importNames: ["useActionState"], message: ONE_FORM_WAY_MESSAGE },
          { name: "react-dom", importNames: ["useFormState"], message: ONE_FORM_WAY_MESSAGE },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  LIB_WALL,
  ...MODULE_WALLS,
  INTL_ONCE,
  PAGES_CALL_MODULES,
  TEXT_IN_CATALOGUE,
  ONE_FORM_WAY,
  {
    ignores: [
      "node_modules/**",
      ".next*/**",
      "src/generated/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "next-env.d.ts",
    ],
  },
  {
    // A server action bound for useActionState receives (prev, formData) whether it reads them or not.
    rules: { "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] },
  },
];
export default config;
