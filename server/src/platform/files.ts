import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { FILE_LIMITS } from "@danvan/common";
import { sql } from "drizzle-orm";
import type { Db } from "../db/client";
import { files } from "../db/schema";
import { invalid, notFound } from "./errors";

/** Where uploaded bytes live: content-addressed files under DATA_DIR/files (an S3 store can replace it). */
export type FileStore = {
  put(bytes: Uint8Array): Promise<string>;
  read(id: string): Promise<Buffer>;
  /** Removes the bytes; already gone is fine. */
  remove(id: string): Promise<void>;
};

export const contentId = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const FILE_LOCK_CLASS = 7_243_002;

/**
 * A transaction lock on one content id: storing an upload and removing swept bytes take it, so bytes are
 * never unlinked between a re-upload of the same content and the commit of its row.
 */
export async function lockContent(tx: Db, id: string): Promise<void> {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${FILE_LOCK_CLASS}, hashtext(${id}))`);
}

export function diskFileStore(dataDir: string): FileStore {
  const root = path.join(dataDir, "files");
  const fileOf = (id: string) => path.join(root, id.slice(0, 2), id.slice(2, 4), id);
  return {
    async put(bytes) {
      const id = contentId(bytes);
      const target = fileOf(id);
      try {
        await fs.access(target);
      } catch {
        await fs.mkdir(path.dirname(target), { recursive: true });
        const tmp = `${target}.${process.pid}.tmp`;
        await fs.writeFile(tmp, bytes);
        await fs.rename(tmp, target);
      }
      return id;
    },
    read: (id) => fs.readFile(fileOf(id)),
    remove: (id) => fs.rm(fileOf(id), { force: true }),
  };
}

/** The bytes of a stored file; a row whose bytes are gone is "not found", never a 500. */
export function readStoredFile(dataDir: string, id: string): Promise<Buffer> {
  return diskFileStore(dataDir)
    .read(id)
    .catch(() => {
      throw notFound("file");
    });
}

/** Headers of every download: the type checked at upload, the original name, no sniffing. */
export function downloadHeaders(file: { mime: string; name: string }): Record<string, string> {
  return {
    "content-type": file.mime,
    "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    "x-content-type-options": "nosniff",
  };
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** The type the bytes really have; the declared name only picks among OOXML formats that share ZIP. */
export function sniffMime(bytes: Uint8Array, name: string): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    return "application/pdf";
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) {
    return "image/png";
  }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    return "image/jpeg";
  }
  if (startsWith(bytes, ZIP)) {
    const lower = name.toLowerCase();
    if (lower.endsWith(".docx")) {
      return FILE_LIMITS.mimes[3];
    }
    if (lower.endsWith(".xlsx")) {
      return FILE_LIMITS.mimes[4];
    }
    return null;
  }
  if (name.toLowerCase().endsWith(".txt")) {
    const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, 4096));
    const binary = [...text].some((ch) => {
      const code = ch.charCodeAt(0);
      return code < 9 || (code > 13 && code < 32);
    });
    return binary ? null : "text/plain";
  }
  return null;
}

/** Stores an upload after checking its size and real type; executables and unknown types are refused. */
export async function storeUpload(
  db: Db,
  store: FileStore,
  file: File,
  meta: { uploadedBy: string | null; unitId: string | null },
) {
  if (file.size === 0 || file.size > FILE_LIMITS.maxBytes) {
    throw invalid("file", "fileSize");
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const name =
    [...file.name]
      .map((ch) => (ch === "/" || ch === "\\" || ch.charCodeAt(0) < 32 ? "_" : ch))
      .join("")
      .slice(0, 200) || "file";
  const mime = sniffMime(bytes, name);
  if (!mime) {
    throw invalid("file", "fileType");
  }
  // Row first, bytes second, under the content lock: a sweep removing the same content either finishes
  // before (the bytes are written again) or sees this row and keeps them. Uploading again restarts the
  // retention clock of an unfiled upload.
  const id = contentId(bytes);
  await lockContent(db, id);
  await db
    .insert(files)
    .values({ id, name, mime, size: bytes.length, uploadedBy: meta.uploadedBy, unitId: meta.unitId })
    .onConflictDoUpdate({ target: files.id, set: { createdAt: sql`now()` } });
  await store.put(bytes);
  return { id, name, mime, size: bytes.length };
}
