-- CreateTable
CREATE TABLE "BudgetActual" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "line" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BudgetActual_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportOffer" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "provider" TEXT NOT NULL,
    "providerEmail" TEXT,
    "targetGroups" TEXT[],
    "wijk" TEXT,
    "degrees" TEXT[],
    "howToJoin" TEXT NOT NULL DEFAULT '',
    "cost" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT true,
    "confirmedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastReminderAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportOffer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BudgetActual_gemeenteId_year_line_key" ON "BudgetActual"("gemeenteId", "year", "line");

-- CreateIndex
CREATE INDEX "SupportOffer_gemeenteId_confirmedAt_idx" ON "SupportOffer"("gemeenteId", "confirmedAt");

-- AddForeignKey
ALTER TABLE "BudgetActual" ADD CONSTRAINT "BudgetActual_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportOffer" ADD CONSTRAINT "SupportOffer_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: tenant isolation
ALTER TABLE "BudgetActual" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "BudgetActual" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "BudgetActual"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "SupportOffer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SupportOffer" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SupportOffer"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
