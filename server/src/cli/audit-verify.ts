import { openDatabase } from "../db/client";
import { verifyAuditChain } from "../platform/audit";
import { loadConfig } from "../platform/config";

const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    console.log(`Audit chain OK: ${result.checked} events verified.`);
  } else {
    console.error(
      `Audit chain BROKEN at event #${result.firstBrokenSeq} (${result.checked} events verified before it).`,
    );
    process.exitCode = 1;
  }
} finally {
  await database.close();
}
