import { z } from "zod";
import { defineJob } from "../../platform/jobs";
import { sweepUnfiledUploads } from "./sweep-uploads";

export const filesSweepJob = defineJob({
  id: "files.sweep",
  cron: "41 * * * *",
  schema: z.object({}).passthrough(),
  handler: async ({ db, config, log }) => {
    const result = await sweepUnfiledUploads(db, config);
    if (result.deleted) {
      log.info(result, "unfiled uploads deleted");
    }
  },
});
