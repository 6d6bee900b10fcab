/**
 * Bare SQL of the engagement answers (registry page, board column, public register): the queries
 * searchVestigingen / publicRegister let Prisma run, written by hand. $1 is the gemeente id.
 */
const PAGE_COLS = `v.id, v.name, v.sector, v.address, v.wijk, v.step, v."leadSource", v."matrixScore", v."accountHolderId", v."parkedAt", v."stoppedAt",
  v."acknowledgedAt", v."lastContactAt", o.id AS "orgId", o.name AS "orgName", o."nationalChain",
  (SELECT count(*) FROM "Doubt" d WHERE d."vestigingId" = v.id AND d.status = 'OPEN') AS "openDoubts"`;

export const vestigingPage = (where: string, order: string, limit: number, offset: number) =>
  `SELECT ${PAGE_COLS} FROM "Vestiging" v JOIN "Organisation" o ON o.id = v."organisationId" WHERE v."gemeenteId" = $1 ${where} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;

export const vestigingCount = (where: string) =>
  `SELECT count(*) FROM "Vestiging" v JOIN "Organisation" o ON o.id = v."organisationId" WHERE v."gemeenteId" = $1 ${where}`;

/**
 * Name or organisation name contains $2 (case-insensitive), as searchVestigingen() asks it: on the
 * lower-cased copies on Vestiging, one index-only scan of the gemeente (migration *_registry_search).
 */
export const SEARCH_WHERE = `AND v.id IN (SELECT s.id FROM "Vestiging" s WHERE s."gemeenteId" = $1
  AND (s."searchName" LIKE search_fold('%' || $2 || '%') OR s."searchOrganisation" LIKE search_fold('%' || $2 || '%')))`;

export const PUBLIC_REGISTER_SQL = `SELECT v.name, v.sector, v."publicDescription", v."activeSince", v."acknowledgedAt", o.name AS org,
    (SELECT array_agg(c.type) FROM "Contribution" c WHERE c."vestigingId" = v.id) AS contributions
  FROM "Vestiging" v JOIN "Organisation" o ON o.id = v."organisationId"
  WHERE v."gemeenteId" = $1 AND v.step IN ('VASTHOUDEN','VERSTERKEN') AND v."acknowledgedAt" IS NOT NULL
    AND v."stoppedAt" IS NULL AND v."parkedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Doubt" d WHERE d."vestigingId" = v.id AND d.status = 'OPEN')`;

const ACTIVE_PARTNER = `v."gemeenteId" = $1 AND v.step IN ('VASTHOUDEN','VERSTERKEN') AND v."acknowledgedAt" IS NOT NULL
    AND v."stoppedAt" IS NULL AND v."parkedAt" IS NULL
    AND NOT EXISTS (SELECT 1 FROM "Doubt" d WHERE d."vestigingId" = v.id AND d.status = 'OPEN')`;

/**
 * publicRegisterPage() (first page of 100): the names of every active partner (sorted in Node as
 * the full list is; organisation names only for equal names, none in the scale data), then the public
 * fields of one page only.
 */
export const PUBLIC_REGISTER_FIRST_PAGE_SQL = [
  `SELECT v.id, v.name, v."organisationId" FROM "Vestiging" v WHERE ${ACTIVE_PARTNER}`,
  `WITH page AS (SELECT v.id FROM "Vestiging" v WHERE ${ACTIVE_PARTNER} ORDER BY v.name, v.id LIMIT 100)
   SELECT v.name, v.sector, v."publicDescription", v."activeSince", v."acknowledgedAt", o.name AS org,
     (SELECT array_agg(c.type) FROM "Contribution" c WHERE c."vestigingId" = v.id) AS contributions
   FROM page JOIN "Vestiging" v ON v.id = page.id JOIN "Organisation" o ON o.id = v."organisationId"`,
];
