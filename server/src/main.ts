import { loadConfig } from "./platform/config";
import { startServer } from "./server";

const config = loadConfig();
const running = await startServer(config);
console.log(`Danvan đang chạy tại / is running at ${running.url}  (database: ${running.database.kind})`);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) {
    return;
  }
  stopping = true;
  running.log.info({ signal }, "shutting down");
  const timer = setTimeout(() => process.exit(1), 10_000);
  await running.close();
  clearTimeout(timer);
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
