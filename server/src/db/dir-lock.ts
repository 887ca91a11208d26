import fs from "node:fs";
import path from "node:path";

export type DirLock = { release(): void };

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dir} is in use by process ${pid}. Two processes on one embedded database lose writes silently; stop the other one or use DATABASE_URL.`,
    );
  }
}

/** Whether a process of this machine is running (EPERM: it is, under another user). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Exclusive lock on DATA_DIR: PGlite has no multi-process safety of its own. A dead owner's lock is taken over. */
export function acquireDirLock(dir: string): DirLock {
  const file = path.join(dir, "danvan.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (!released) {
          released = true;
          // A process that opens data directories one after another (the tests) keeps no listener per lock.
          process.removeListener("exit", release);
          try {
            if (fs.readFileSync(file, "utf8") === String(process.pid)) {
              fs.unlinkSync(file);
            }
          } catch {
            // already gone
          }
        }
      };
      process.once("exit", release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") {
        throw err;
      }
      const pid = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (Number.isFinite(pid) && pid !== process.pid && isAlive(pid)) {
        throw new DataDirLockedError(dir, pid);
      }
      if (pid === process.pid) {
        throw new DataDirLockedError(dir, pid);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dir}`);
}
