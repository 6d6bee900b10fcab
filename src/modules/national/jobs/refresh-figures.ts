/**
 * `national.refresh-figures`: every ten minutes, recompute the national figures that /landelijk
 * shows (refresh_national_figures(): national_aggregates() into "NationalFigure", in one
 * transaction, with the time of the refresh). docs/decisions/0020.
 */
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define";
import { refreshNationalFigures } from "../server/national-aggregates";

export const refreshNationalFiguresJob = defineJob(
  "national.refresh-figures",
  z.object({}).strict(),
  async () => refreshNationalFigures(),
  {
    retryLimit: 1,
    retryDelay: 60,
    expireInSeconds: 600,
    schedule: { cron: "*/10 * * * *", data: {} },
  },
);
