-- CreateTable
CREATE TABLE "PlanItemStatus" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NIET_GESTART',
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PlanItemStatus_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmartGoal" (
    "id" TEXT NOT NULL,
    "gemeenteId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "indicator" TEXT,
    "baseline" DOUBLE PRECISION NOT NULL,
    "target" DOUBLE PRECISION NOT NULL,
    "dueDate" TIMESTAMP(3) NOT NULL,
    "manualValue" DOUBLE PRECISION,
    "source" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SmartGoal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PlanItemStatus_gemeenteId_key_key" ON "PlanItemStatus"("gemeenteId", "key");

-- AddForeignKey
ALTER TABLE "PlanItemStatus" ADD CONSTRAINT "PlanItemStatus_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SmartGoal" ADD CONSTRAINT "SmartGoal_gemeenteId_fkey" FOREIGN KEY ("gemeenteId") REFERENCES "Gemeente"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Row-level security: tenant isolation
ALTER TABLE "PlanItemStatus" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PlanItemStatus" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PlanItemStatus"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());

ALTER TABLE "SmartGoal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SmartGoal" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SmartGoal"
  USING ("gemeenteId" = app_current_gemeente())
  WITH CHECK ("gemeenteId" = app_current_gemeente());
