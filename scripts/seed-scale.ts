/**
 * npm run seed:scale — a national-scale data set for the benchmark (issue 7): 342 gemeenten sized like
 * the real Dutch ones (a few large cities, a long tail), 200,000 entrepreneurs (vestigingen),
 * 1,000,000 signals and 2,000,000 contact moments, spread proportionally to inhabitants.
 *
 *   npm run seed:scale                                   # fresh database "sk_scale" from the migrated template
 *   DATABASE_URL=postgresql://postgres@localhost:5432/mydb npm run seed:scale   # an existing, migrated, EMPTY database
 *   SCALE_FACTOR=0.05 npm run seed:scale                 # 5 % of every volume (quick try; 342 gemeenten stay)
 *
 * Everything is generated with set-based SQL as the owner (INSERT … SELECT over generate_series), not
 * row by row. The only rows built in Node are the OPEN signals: their personal fields are AES-GCM
 * ciphertext bound to gemeente + row + field (src/lib/crypto/fields.ts), inserted in batches with
 * unnest(). Closed signals are older than the retention period and erased (personal fields null,
 * erasedAt set), as the retention job leaves them.
 *
 * Each gemeente gets a regisseur and an ambtenaar (regisseur@<slug>.scale.test, ambtenaar@…), and there
 * is one programme adviser (adviseur@landelijk.scale.test); password SCALE_PASSWORD (default the demo
 * password). Open signals are encrypted with SIGNAL_KEYS/SIGNAL_ACTIVE_KEY when set, else with the
 * fixed benchmark key of bench/lib/scale-keys.ts (synthetic data only; `npm run bench` passes it to
 * the server). Prints the time per table. See docs/performance.md.
 */
import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import pg from "pg";
import { connectionConfig } from "../src/lib/db/connection";
import { encryptField } from "../src/lib/crypto/fields";
import { createDatabaseFromTemplate, ensureTemplate, adminQuery, urlFor } from "../tests/support/test-db";
import { gemeenteSizes } from "../bench/lib/gemeenten";
import { SCALE_KEY_ID, SCALE_SIGNAL_KEYS } from "../bench/lib/scale-keys";

const FACTOR = Number(process.env.SCALE_FACTOR || 1);
const VOLUME = {
  entrepreneurs: Math.round(Number(process.env.SCALE_ENTREPRENEURS || 200_000) * FACTOR),
  signals: Math.round(Number(process.env.SCALE_SIGNALS || 1_000_000) * FACTOR),
  contactMoments: Math.round(Number(process.env.SCALE_CONTACT_MOMENTS || 2_000_000) * FACTOR),
};
/** Share of signals still open (in the work queue); the rest is closed and erased by retention. */
const OPEN_SHARE = Number(process.env.SCALE_OPEN_SIGNAL_SHARE || 0.05);
export const SCALE_PASSWORD = process.env.SCALE_PASSWORD || "Samenkracht-demo-2026";
const DEFAULT_DB = "sk_scale";

const log = (m: string) => console.log(`[seed:scale] ${m}`);

export const scaleAccounts = {
  regisseur: (slug: string) => `regisseur@${slug}.scale.test`,
  ambtenaar: (slug: string) => `ambtenaar@${slug}.scale.test`,
  adviser: "adviseur@landelijk.scale.test",
};

async function timed<T>(label: string, timings: Record<string, number>, fn: () => Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await fn();
  const ms = Math.round(performance.now() - t);
  timings[label] = ms;
  log(`${label.padEnd(34)} ${String(ms).padStart(7)} ms`);
  return r;
}

/** Where to write: DATABASE_URL (must be migrated and empty) or a fresh sk_scale from the template. */
async function target(): Promise<string> {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  await ensureTemplate();
  const name = process.env.SCALE_DB || DEFAULT_DB;
  await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const tmp = await createDatabaseFromTemplate("sk_scale_tmp");
  await adminQuery(`ALTER DATABASE "${tmp}" RENAME TO "${name}"`);
  return urlFor(name);
}

export async function seedScale(url: string) {
  // Open signals are encrypted with the benchmark's fixed key (bench/lib/scale-keys.ts) unless keys are given.
  if (!process.env.SIGNAL_KEYS) {
    process.env.SIGNAL_KEYS = SCALE_SIGNAL_KEYS;
    process.env.SIGNAL_ACTIVE_KEY = SCALE_KEY_ID;
  }
  const timings: Record<string, number> = {};
  const db = new pg.Client(connectionConfig(url));
  await db.connect();
  const q = (text: string, values: unknown[] = []) => db.query(text, values);
  try {
    const existing = (await q(`SELECT count(*)::int AS n FROM "Gemeente"`)).rows[0].n as number;
    if (existing > 0) throw new Error(`database already has ${existing} gemeenten: seed:scale only fills an empty, migrated database`);
    // A load, not a transaction log: no wait for fsync per statement; deterministic random().
    await q(`SET synchronous_commit = off`);
    await q(`SET work_mem = '256MB'`);
    await q(`SET maintenance_work_mem = '512MB'`);
    await q(`SELECT setseed(0.42)`);
    const started = performance.now();

    // ── Gemeenten ──────────────────────────────────────────────────────────────────────────────
    const sizes = gemeenteSizes();
    const totalInhabitants = sizes.reduce((a, g) => a + g.inhabitants, 0);
    const gemeenten = sizes.map((g, i) => ({ ...g, id: randomUUID(), joinedDaysAgo: 200 + ((i * 7919) % 900) }));
    await timed("Gemeente", timings, () =>
      q(
        `INSERT INTO "Gemeente"(id, slug, name, inhabitants, "createdAt", "updatedAt")
         SELECT id, slug, name, inh, now() - d * interval '1 day', now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[]) AS t(id, slug, name, inh, d)`,
        [
          gemeenten.map((g) => g.id),
          gemeenten.map((g) => g.slug),
          gemeenten.map((g) => g.name),
          gemeenten.map((g) => g.inhabitants),
          gemeenten.map((g) => g.joinedDaysAgo),
        ],
      ),
    );
    // Per-gemeente volumes, proportional to inhabitants (at least a handful everywhere).
    const share = (total: number, min: number) =>
      gemeenten.map((g) => Math.max(min, Math.round((total * g.inhabitants) / totalInhabitants)));
    const nVest = share(VOLUME.entrepreneurs, 5);
    const nSignals = share(VOLUME.signals, 10);
    await q(
      `CREATE TEMP TABLE g_vol (id text PRIMARY KEY, slug text, name text, inh int, n_vest int, n_sig int, n_wijk int, joined timestamptz, regisseur text, ambtenaar text)`,
    );
    await q(
      `INSERT INTO g_vol SELECT t.id, t.slug, t.name, t.inh, t.nv, t.ns, greatest(3, least(40, round(sqrt(t.inh / 1000.0))::int)), g."createdAt", gen_random_uuid()::text, gen_random_uuid()::text
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[], $6::int[]) AS t(id, slug, name, inh, nv, ns)
       JOIN "Gemeente" g ON g.id = t.id`,
      [
        gemeenten.map((g) => g.id),
        gemeenten.map((g) => g.slug),
        gemeenten.map((g) => g.name),
        gemeenten.map((g) => g.inhabitants),
        nVest,
        nSignals,
      ],
    );
    // A signal's wijk is one of the gemeente's own wijken (settings.wijken): "Wijk 1" … "Wijk n".
    await q(
      `UPDATE "Gemeente" g SET settings = jsonb_set(CASE WHEN jsonb_typeof(g.settings) = 'object' THEN g.settings ELSE '{}'::jsonb END, '{wijken}',
              (SELECT jsonb_agg('Wijk ' || i ORDER BY i) FROM generate_series(1, v.n_wijk) AS i))
       FROM g_vol v WHERE g.id = v.id`,
    );

    // ── Users and memberships: a regisseur and an ambtenaar per gemeente, one adviser ─────────────
    const hash = await bcrypt.hash(SCALE_PASSWORD, 10);
    await timed("User + Membership", timings, async () => {
      await q(
        `INSERT INTO "User"(id, email, name, "passwordHash", "emailVerified", "updatedAt")
         SELECT regisseur, 'regisseur@' || slug || '.scale.test', 'Regisseur ' || name, $1, now(), now() FROM g_vol
         UNION ALL
         SELECT ambtenaar, 'ambtenaar@' || slug || '.scale.test', 'Ambtenaar ' || name, $1, now(), now() FROM g_vol`,
        [hash],
      );
      await q(
        `INSERT INTO "User"(id, email, name, "passwordHash", "emailVerified", "platformRole", "updatedAt")
         VALUES (gen_random_uuid()::text, $1, 'Adviseur Landelijk Programma', $2, now(), 'PROGRAMME_ADVISER', now())`,
        [scaleAccounts.adviser, hash],
      );
      await q(
        `INSERT INTO "Membership"(id, "gemeenteId", "userId", role)
         SELECT gen_random_uuid()::text, id, regisseur, 'REGISSEUR'::"Role" FROM g_vol
         UNION ALL SELECT gen_random_uuid()::text, id, ambtenaar, 'AMBTENAAR'::"Role" FROM g_vol`,
      );
    });

    // ── Organisations and vestigingen ─────────────────────────────────────────────────────────
    // About 15 % of vestigingen belong to a national chain (one global Organisation each); the rest
    // are local businesses with their own Organisation. The step funnel narrows like a real pipeline.
    await q(`CREATE TEMP TABLE chains (idx int PRIMARY KEY, id text, name text, sector text)`);
    await q(
      `INSERT INTO chains SELECT i, gen_random_uuid()::text, c.name, c.sector
       FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS c(name, sector, i)`,
      [CHAINS.map((c) => c[0]), CHAINS.map((c) => c[1])],
    );
    await timed("(plan vestigingen)", timings, () =>
      q(`CREATE TEMP TABLE tv AS
         SELECT gen_random_uuid()::text AS id, gen_random_uuid()::text AS org_id, g.id AS gid, g.ambtenaar, g.n_wijk, g.joined, s.i,
                random() AS r_step, random() AS r_chain, random() AS r_state, random() AS r_ack, random() AS r_sector, random() AS r_date,
                (random() < 0.6) AS c1, (random() < 0.4) AS c2, (random() < 0.3) AS c3, (random() < 0.5) AS c4, (random() < 0.2) AS c5, (random() < 0.25) AS c6
         FROM g_vol g, generate_series(1, g.n_vest) AS s(i)`),
    );
    await q(`ALTER TABLE tv ADD COLUMN chain int, ADD COLUMN step "PipelineStep", ADD COLUMN created timestamptz`);
    await q(
      `UPDATE tv SET
         chain = CASE WHEN r_chain < 0.15 THEN 1 + floor(r_chain / 0.15 * ${CHAINS.length})::int END,
         step = (CASE WHEN r_step < 0.50 THEN 'VOORBEREIDEN' WHEN r_step < 0.70 THEN 'VERBINDEN' WHEN r_step < 0.83 THEN 'VERLEIDEN'
                      WHEN r_step < 0.95 THEN 'VASTHOUDEN' ELSE 'VERSTERKEN' END)::"PipelineStep",
         created = joined + r_date * (now() - joined)`,
    );
    await timed("Organisation", timings, async () => {
      await q(
        `INSERT INTO "Organisation"(id, name, "nationalChain", kind, "updatedAt")
         SELECT id, name, true, 'MVO_BEDRIJF', now() FROM chains`,
      );
      await q(
        `INSERT INTO "Organisation"(id, name, kind, "updatedAt", "createdAt")
         SELECT org_id, ($1::text[])[1 + (i * 7 + length(gid)) % ${SURNAMES.length}] || ' ' || ($2::text[])[1 + floor(r_sector * ${SECTOR_NAMES.length})::int] || ' ' || i,
                (ARRAY['COMMERCIEEL','COMMERCIEEL','COMMERCIEEL','MVO_BEDRIJF','SOCIALE_ONDERNEMING'])[1 + (i % 5)]::"OrganisationKind", now(), created
         FROM tv WHERE chain IS NULL`,
        [SURNAMES, SECTOR_NAMES.map((s) => s[1])],
      );
    });
    await timed("Vestiging", timings, () =>
      q(
        `INSERT INTO "Vestiging"(id, "gemeenteId", "organisationId", name, sector, address, wijk, step, "createdAt", "updatedAt",
           "publicDescription", "leadSource", "accountHolderId", "critSector", "critImago", "critMvo", "critGoals", "critPriorWork", "critWarmContact",
           "matrixScore", "parkedAt", "parkedReason", "acknowledgedAt", "acknowledgementChannel", "activeSince", "stoppedAt", "stoppedReason", motives, "fiveMs")
         SELECT tv.id, gid, coalesce(c.id, org_id),
           CASE WHEN c.id IS NOT NULL THEN c.name || ' ' || g.name || ' ' || tv.i ELSE o.name END,
           coalesce(c.sector, ($1::text[])[1 + floor(r_sector * ${SECTOR_NAMES.length})::int]),
           ($2::text[])[1 + (tv.i % ${STREETS.length})] || ' ' || (1 + tv.i % 180), 'Wijk ' || (1 + (tv.i * 31) % tv.n_wijk), step, created, created,
           CASE WHEN step IN ('VASTHOUDEN','VERSTERKEN') THEN ($3::text[])[1 + tv.i % ${DESCRIPTIONS.length}] END,
           (enum_range(NULL::"LeadSource"))[1 + tv.i % 6],
           CASE WHEN step <> 'VOORBEREIDEN' THEN tv.ambtenaar END,
           c1, c2, c3, c4, c5, c6, c1::int + c2::int + c3::int + c4::int + c5::int + c6::int,
           CASE WHEN step IN ('VERBINDEN','VERLEIDEN') AND r_state < 0.05 THEN created + (now() - created) * 0.8 END,
           CASE WHEN step IN ('VERBINDEN','VERLEIDEN') AND r_state < 0.05 THEN 'Nu geen energie in steken' END,
           CASE WHEN step IN ('VASTHOUDEN','VERSTERKEN') OR (step = 'VERLEIDEN' AND r_ack < 0.4) THEN created + (now() - created) * 0.5 END,
           CASE WHEN step IN ('VASTHOUDEN','VERSTERKEN') OR (step = 'VERLEIDEN' AND r_ack < 0.4) THEN (enum_range(NULL::"AcknowledgementChannel"))[1 + tv.i % 5] END,
           CASE WHEN step IN ('VASTHOUDEN','VERSTERKEN') THEN created + (now() - created) * 0.6 END,
           CASE WHEN r_state > 0.97 THEN created + (now() - created) * 0.9 END,
           CASE WHEN r_state > 0.97 THEN 'Geen tijd meer' END,
           CASE WHEN step <> 'VOORBEREIDEN' THEN ARRAY[(enum_range(NULL::"Motive"))[1 + tv.i % 4]] ELSE '{}' END,
           CASE WHEN step IN ('VASTHOUDEN','VERSTERKEN') THEN ARRAY[(enum_range(NULL::"FiveM"))[1 + tv.i % 5]] ELSE '{}' END
         FROM tv JOIN g_vol g ON g.id = tv.gid
         LEFT JOIN chains c ON c.idx = tv.chain
         LEFT JOIN "Organisation" o ON o.id = tv.org_id AND tv.chain IS NULL`,
        [SECTOR_NAMES.map((s) => s[0]), STREETS, DESCRIPTIONS],
      ),
    );

    await timed("Contribution", timings, () =>
      q(`INSERT INTO "Contribution"(id, "gemeenteId", "vestigingId", type, "createdAt")
         SELECT gen_random_uuid()::text, tv.gid, tv.id, (enum_range(NULL::"ContributionType"))[1 + (tv.i + k * 3) % 7], tv.created
         FROM tv, generate_series(1, 1 + tv.i % 3) AS k WHERE tv.step IN ('VASTHOUDEN','VERSTERKEN')`),
    );
    await timed("Doubt", timings, () =>
      q(`INSERT INTO "Doubt"(id, "gemeenteId", "vestigingId", reason, status, "raisedAt", decision, "closedAt")
         SELECT gen_random_uuid()::text, gid, id, 'Past deze samenwerking bij onze principes?',
                CASE WHEN r_ack < 0.01 THEN 'OPEN' ELSE 'CLOSED' END::"DoubtStatus", created + (now() - created) * 0.7,
                CASE WHEN r_ack < 0.01 THEN NULL ELSE 'CONTINUE' END::"DoubtDecision",
                CASE WHEN r_ack < 0.01 THEN NULL ELSE created + (now() - created) * 0.75 END
         FROM tv WHERE step <> 'VOORBEREIDEN' AND r_ack < 0.04`),
    );
    await timed("StepChange", timings, () =>
      q(`INSERT INTO "StepChange"(id, "gemeenteId", "vestigingId", kind, "fromStep", "toStep", reason, "byUserId", at)
         SELECT gen_random_uuid()::text, tv.gid, tv.id, 'PROMOTE', (enum_range(NULL::"PipelineStep"))[k], (enum_range(NULL::"PipelineStep"))[k + 1],
                'Volgende stap', tv.ambtenaar, tv.created + (now() - tv.created) * (k / 6.0)
         FROM tv, generate_series(1, array_position(enum_range(NULL::"PipelineStep"), tv.step) - 1) AS k`),
    );

    // ── Contact moments: more for relations further down the pipeline; exactly the target volume ──
    await timed("ContactMoment", timings, async () => {
      await q(
        `CREATE TEMP TABLE tc AS SELECT id, gid, ambtenaar, created, CASE step WHEN 'VOORBEREIDEN' THEN 2 WHEN 'VERBINDEN' THEN 8 WHEN 'VERLEIDEN' THEN 14 WHEN 'VASTHOUDEN' THEN 24 ELSE 30 END AS w FROM tv`,
      );
      await q(
        `INSERT INTO "ContactMoment"(id, "gemeenteId", "vestigingId", kind, at, "byUserId", "partContact", "partActie", outcome, "nextAction", "nextActionDate", "createdAt")
         SELECT gen_random_uuid()::text, tc.gid, tc.id, (enum_range(NULL::"ContactKind"))[1 + k % 4], t.at, tc.ambtenaar,
                'Kennismaking en doel van de aanpak', 'Afspraak voor vervolg', 'Positief gesprek',
                CASE WHEN k = n THEN 'Nabellen' END, CASE WHEN k = n THEN t.at + interval '14 days' END, t.at
         FROM (SELECT tc.*, greatest(1, round(w * $1::float8 / (SELECT sum(w) FROM tc))::int) AS n FROM tc) tc,
              generate_series(1, tc.n) AS k,
              LATERAL (SELECT tc.created + (now() - tc.created) * (k::float8 / (tc.n + 1)) AS at) t`,
        [VOLUME.contactMoments],
      );
      await q(
        `UPDATE "Vestiging" v SET "lastContactAt" = m.last FROM (SELECT "vestigingId", max(at) AS last FROM "ContactMoment" GROUP BY 1) m WHERE m."vestigingId" = v.id`,
      );
    });

    // ── Coalition, offer, agenda (small per gemeente) ────────────────────────────────────────────
    await timed("CoalitionPartner / offer / events", timings, async () => {
      await q(
        `INSERT INTO "CoalitionPartner"(id, "gemeenteId", name, kind, circle, "updatedAt")
         SELECT gen_random_uuid()::text, g.id, ($1::text[])[1 + k % ${PARTNERS.length}] || ' ' || g.name || ' ' || k,
                (enum_range(NULL::"PartnerKind"))[1 + k % 12], (enum_range(NULL::"CoalitionCircle"))[1 + k % 4], now()
         FROM g_vol g, generate_series(1, greatest(4, least(60, 4 + g.inh / 12000))) AS k`,
        [PARTNERS],
      );
      await q(
        `INSERT INTO "SupportOffer"(id, "gemeenteId", title, provider, "targetGroups", degrees, "confirmedAt", "updatedAt")
         SELECT gen_random_uuid()::text, g.id, ($1::text[])[1 + k % ${OFFERS.length}] || ' ' || k, 'Welzijn ' || g.name,
                ARRAY['75PLUS'], ARRAY['LICHT','MATIG'], now() - (k % 14) * interval '1 month', now()
         FROM g_vol g, generate_series(1, greatest(3, least(80, g.inh / 8000))) AS k`,
        [OFFERS],
      );
      await q(
        `INSERT INTO "Event"(id, "gemeenteId", kind, title, location, "startsAt", "endsAt", public, "updatedAt")
         SELECT gen_random_uuid()::text, g.id, (enum_range(NULL::"EventKind"))[1 + k % 5], 'Bijeenkomst ' || k, 'Wijkcentrum',
                now() + (k - 8) * interval '30 days', now() + (k - 8) * interval '30 days' + interval '2 hours', k % 2 = 0, now()
         FROM g_vol g, generate_series(1, 10) AS k`,
      );
      await q(
        `INSERT INTO "EventRegistration"(id, "gemeenteId", "eventId", "userId", attended)
         SELECT gen_random_uuid()::text, e."gemeenteId", e.id, u, e."endsAt" < now()
         FROM "Event" e JOIN g_vol g ON g.id = e."gemeenteId", unnest(ARRAY[g.regisseur, g.ambtenaar]) AS u`,
      );
    });

    // ── Signals: closed and erased in bulk (SQL), with nothing due (a CHECK); open ones encrypted in Node ──
    const closedTotal = nSignals.reduce((a, n) => a + n - Math.max(1, Math.round(n * OPEN_SHARE)), 0);
    await timed(`Signal (closed, erased: ${closedTotal})`, timings, () =>
      q(`INSERT INTO "Signal"(id, "gemeenteId", status, source, wijk, outcome, "erasedAt", "statusChangedAt", "dueAt", "closedAt", "createdAt", "updatedAt")
          SELECT gen_random_uuid()::text, g.id, CASE WHEN r < 0.9 THEN 'AFGESLOTEN' ELSE 'GEANNULEERD' END::"SignalStatus",
                 (enum_range(NULL::"SignalSource"))[1 + floor(random() * 4)::int], 'Wijk ' || (1 + (k * 17) % g.n_wijk),
                 CASE WHEN r < 0.9 THEN (enum_range(NULL::"SignalOutcome"))[1 + k % 4] END,
                 NULL, c + interval '20 days', NULL, c + interval '20 days', c, c + interval '400 days'
          FROM g_vol g, generate_series(1, g.n_sig - greatest(1, round(g.n_sig * ${OPEN_SHARE})::int)) AS k,
               LATERAL (SELECT random() + 0 * k AS r, now() - interval '420 days' - (random() * 1800 + 0 * k) * interval '1 day' AS c) x`),
    );
    const openStatuses = ["ONTVANGEN", "BEOORDEELD", "EERSTE_INTAKE", "TEAM_WELZIJN", "TEAM_EENZAAMHEID", "VRIJWILLIGER", "DOORVERWEZEN"];
    const sources = ["PUBLIEK_FORMULIER", "PARTNER", "ONDERNEMER", "LOKET_TELEFOON"];
    const g_vol = (await q(`SELECT id, n_sig, n_wijk, regisseur FROM g_vol`)).rows as {
      id: string;
      n_sig: number;
      n_wijk: number;
      regisseur: string;
    }[];
    let openTotal = 0;
    await timed("Signal (open, encrypted)", timings, async () => {
      const cols = {
        id: [] as string[],
        gid: [] as string[],
        status: [] as string[],
        source: [] as string[],
        wijk: [] as string[],
        rn: [] as string[],
        rc: [] as string[],
        sit: [] as string[],
        rep: [] as (string | null)[],
        assignee: [] as (string | null)[],
        due: [] as string[],
        created: [] as string[],
      };
      const flush = async () => {
        if (!cols.id.length) return;
        await q(
          `INSERT INTO "Signal"(id, "gemeenteId", status, source, wijk, "residentNameEnc", "residentContactEnc", "situationEnc", "reporterNameEnc", "assigneeUserId", "dueAt", "statusChangedAt", "createdAt", "updatedAt")
           SELECT id, gid, status::"SignalStatus", source::"SignalSource", wijk, rn, rc, sit, rep, assignee, due, created, created, created
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::timestamptz[])
             AS t(id, gid, status, source, wijk, rn, rc, sit, rep, assignee, due, created)`,
          [
            cols.id,
            cols.gid,
            cols.status,
            cols.source,
            cols.wijk,
            cols.rn,
            cols.rc,
            cols.sit,
            cols.rep,
            cols.assignee,
            cols.due,
            cols.created,
          ],
        );
        for (const k of Object.keys(cols) as (keyof typeof cols)[]) cols[k].length = 0;
      };
      const now = Date.now();
      for (const g of g_vol) {
        const n = Math.max(1, Math.round(g.n_sig * OPEN_SHARE));
        for (let k = 0; k < n; k++) {
          const id = randomUUID();
          const bind = (field: string) => ({ gemeenteId: g.id, rowId: id, field });
          const ageDays = (k * 37) % 60;
          cols.id.push(id);
          cols.gid.push(g.id);
          cols.status.push(openStatuses[k % openStatuses.length]!);
          cols.source.push(sources[k % sources.length]!);
          cols.wijk.push(`Wijk ${1 + ((k * 13) % g.n_wijk)}`);
          cols.rn.push(encryptField(`Inwoner ${k}`, bind("residentName")));
          cols.rc.push(encryptField(`06-${String(10_000_000 + ((k * 7919) % 89_999_999))}`, bind("residentContact")));
          cols.sit.push(encryptField(SITUATIONS[k % SITUATIONS.length]!, bind("situation")));
          cols.rep.push(k % 3 === 0 ? null : encryptField(`Melder ${k}`, bind("reporterName")));
          cols.assignee.push(k % 2 === 0 ? g.regisseur : null);
          cols.created.push(new Date(now - ageDays * 86_400_000).toISOString());
          cols.due.push(new Date(now + (((k * 11) % 24) - 8) * 86_400_000).toISOString()); // a third is overdue
          openTotal++;
          if (cols.id.length >= 5000) await flush();
        }
      }
      await flush();
    });

    // ── Signal history: every signal got ONTVANGEN on receipt (as createSignal writes it); picked-up ones
    // EERSTE_INTAKE 2–120 hours later (the median pick-up time reads this), then their current step or the close.
    await timed("SignalTransition", timings, () => q(SIGNAL_TRANSITIONS_SQL));
    // Erased only now: PostgreSQL refuses a new step on an erased signal (decision 0015), so their
    // history is written first, then retention's mark (personal fields were never filled).
    await timed("Signal (closed: erased by retention)", timings, () =>
      q(`UPDATE "Signal" SET "erasedAt" = "updatedAt" WHERE status IN ('AFGESLOTEN', 'GEANNULEERD') AND "erasedAt" IS NULL`),
    );

    // A live database is vacuumed by autovacuum; without it index-only scans would read the heap.
    await timed("VACUUM ANALYZE", timings, () => q(`VACUUM ANALYZE`));
    const counts = (
      await q(`SELECT (SELECT count(*) FROM "Gemeente")::int AS gemeenten, (SELECT count(*) FROM "Organisation")::int AS organisations,
                      (SELECT count(*) FROM "Vestiging")::int AS vestigingen, (SELECT count(*) FROM "Signal")::int AS signals,
                      (SELECT count(*) FROM "ContactMoment")::int AS "contactMoments", (SELECT count(*) FROM "StepChange")::int AS "stepChanges",
                      (SELECT count(*) FROM "CoalitionPartner")::int AS partners, (SELECT count(*) FROM "User")::int AS users`)
    ).rows[0] as Record<string, number>;
    const totalMs = Math.round(performance.now() - started);
    log(`done in ${(totalMs / 1000).toFixed(1)} s: ${JSON.stringify(counts)} (open signals ${openTotal})`);
    return { totalMs, timings, counts, openSignals: openTotal, factor: FACTOR };
  } finally {
    await db.end();
  }
}

// ── Word lists (kept short; names only need to look plausible and be searchable) ──────────────────
const CHAINS: [string, string][] = [
  ["Albert Heijn", "supermarkt"],
  ["Jumbo", "supermarkt"],
  ["Lidl", "supermarkt"],
  ["Aldi", "supermarkt"],
  ["Plus", "supermarkt"],
  ["Kruidvat", "drogist"],
  ["Etos", "drogist"],
  ["Trekpleister", "drogist"],
  ["HEMA", "detailhandel"],
  ["Action", "detailhandel"],
  ["PostNL-punt", "post_pakket"],
  ["Rabobank", "bank"],
  ["ING", "bank"],
  ["ABN AMRO", "bank"],
  ["Specsavers", "opticien"],
  ["Hans Anders", "opticien"],
  ["Schoonenberg", "audicien"],
  ["Beter Horen", "audicien"],
  ["BENU Apotheek", "apotheek"],
  ["Basic-Fit", "sportschool"],
  ["Bruna", "boekhandel"],
  ["Primera", "gemakswinkel"],
  ["Vomar", "supermarkt"],
  ["Dirk", "supermarkt"],
  ["Coop", "supermarkt"],
];
const SECTOR_NAMES: [string, string][] = [
  ["supermarkt", "Supermarkt"],
  ["gemakswinkel", "Buurtwinkel"],
  ["detailhandel", "Winkel"],
  ["kringloopwinkel", "Kringloop"],
  ["drogist", "Drogisterij"],
  ["apotheek", "Apotheek"],
  ["bakker", "Bakkerij"],
  ["kapper", "Kapsalon"],
  ["schoonheidsspecialist", "Schoonheidssalon"],
  ["pedicure", "Pedicure"],
  ["fysiotherapeut", "Fysiotherapie"],
  ["dietist", "Diëtistenpraktijk"],
  ["opticien", "Optiek"],
  ["audicien", "Hoorzorg"],
  ["sportschool", "Sportschool"],
  ["installatie_nuts", "Installatiebedrijf"],
  ["notaris", "Notariskantoor"],
  ["restaurant", "Eetcafé"],
  ["dierenarts", "Dierenkliniek"],
  ["rijschool", "Rijschool"],
  ["boekhandel", "Boekhandel"],
  ["overig", "Bedrijf"],
];
const SURNAMES = [
  "De Jong",
  "Jansen",
  "De Vries",
  "Van den Berg",
  "Van Dijk",
  "Bakker",
  "Janssen",
  "Visser",
  "Smit",
  "Meijer",
  "De Boer",
  "Mulder",
  "De Groot",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "Van Leeuwen",
  "Dekker",
  "Brouwer",
  "De Wit",
  "Dijkstra",
  "Smits",
  "De Graaf",
  "Van der Meer",
  "Kok",
  "Jacobs",
  "De Haan",
  "Vermeulen",
  "Van den Heuvel",
  "Yılmaz",
  "El Amrani",
  "Nguyen",
  "Kaya",
  "Bouzid",
];
const STREETS = [
  "Dorpsstraat",
  "Kerkstraat",
  "Molenweg",
  "Stationsweg",
  "Marktplein",
  "Schoolstraat",
  "Julianastraat",
  "Wilhelminalaan",
  "Nieuwstraat",
  "Havenkade",
  "Beatrixlaan",
  "Parkweg",
];
const DESCRIPTIONS = [
  "Onze medewerkers letten op klanten die alleen zijn en geven zorgen door.",
  "Elke week een koffiemoment voor buurtbewoners.",
  "Kletskassa: wie wil, mag bij ons even rustig praten.",
  "We stellen onze ruimte beschikbaar voor activiteiten in de wijk.",
  "We delen informatie over het aanbod tegen eenzaamheid.",
];
const PARTNERS = [
  "Welzijn",
  "Thuiszorg",
  "GGD",
  "Woningcorporatie",
  "Bibliotheek",
  "Sportvereniging",
  "Parochie",
  "Basisschool",
  "Vrijwilligerscentrale",
  "Ouderenbond",
  "Humanitas",
  "Zonnebloem",
];
const OFFERS = [
  "Samen eten",
  "Wandelgroep",
  "Rouw- en verliesgroep",
  "Maatjesproject",
  "Koffieochtend",
  "Digitaal café",
  "Boodschappenhulp",
  "Zanggroep",
];
const SITUATIONS = [
  "Klant komt sinds het overlijden van haar man bijna niet meer buiten.",
  "Meneer vertelt dat hij de hele week niemand spreekt.",
  "Mevrouw lijkt verward en vraagt steeds naar haar buren.",
  "Jongeman zegt dat hij geen vrienden meer heeft sinds de verhuizing.",
];

/** The transitions of every seeded signal, set-based (before the closed ones are marked erased). */
export const SIGNAL_TRANSITIONS_SQL = `
  INSERT INTO "SignalTransition"(id, "gemeenteId", "signalId", "fromStatus", "toStatus", "createdAt")
  SELECT gen_random_uuid()::text, x."gemeenteId", x.id, x.f::"SignalStatus", x.t::"SignalStatus", x.at
  FROM (
    SELECT s."gemeenteId", s.id, NULL AS f, 'ONTVANGEN' AS t, s."createdAt" AS at FROM "Signal" s
    UNION ALL
    SELECT s."gemeenteId", s.id, 'ONTVANGEN', 'EERSTE_INTAKE', least(s."createdAt" + (2 + abs(hashtext(s.id)) % 119) * interval '1 hour', now())
    FROM "Signal" s WHERE s.status NOT IN ('ONTVANGEN', 'BEOORDEELD', 'GEANNULEERD')
    UNION ALL
    SELECT s."gemeenteId", s.id, 'EERSTE_INTAKE', s.status::text,
           coalesce(s."closedAt", least(s."createdAt" + (26 + abs(hashtext(s.id)) % 119) * interval '1 hour', now()))
    FROM "Signal" s WHERE s.status IN ('TEAM_WELZIJN', 'TEAM_EENZAAMHEID', 'VRIJWILLIGER', 'DOORVERWEZEN', 'AFGESLOTEN')
    UNION ALL
    SELECT s."gemeenteId", s.id, 'ONTVANGEN', s.status::text, coalesce(s."closedAt", least(s."createdAt" + interval '4 hours', now()))
    FROM "Signal" s WHERE s.status IN ('BEOORDEELD', 'GEANNULEERD')
  ) x`;

if (process.argv[1]?.endsWith("seed-scale.ts")) {
  const url = await target();
  log(`target ${url.replace(/:[^:@/]*@/, ":***@")}; volumes ${JSON.stringify(VOLUME)} (factor ${FACTOR})`);
  await seedScale(url);
  process.exit(0);
}
