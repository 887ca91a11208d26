import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  randomFillSync,
  timingSafeEqual,
} from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Field-level secrets. The 32-byte master key comes from `DANVAN_SECRET_KEY` (base64) or, when that is
 * unset, from `DATA_DIR/secret.key`, generated once with mode 0600. Losing the key loses every sealed
 * field: back it up with the database, but never in the same place as a database dump.
 */
export type Secrets = {
  /** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>" (base64url); `purpose` is bound as associated data. */
  seal(plain: string, purpose: string): string;
  open(sealed: string, purpose: string): string;
  /** Keyed hash for equality lookups of sealed values (a blind index); empty input gives null. */
  blindIndex(value: string | null | undefined): string | null;
  /** Keyed hash of a tracking PIN; parts split from a petition keep its PIN, so it is not bound to a code. */
  pinHash(pin: string): string;
  pinMatches(pin: string, hash: string): boolean;
};

export const SECRET_KEY_FILE = "secret.key";
const cache = new Map<string, Secrets>();

function decodeKey(text: string, origin: string): Buffer {
  const key = Buffer.from(text.trim(), "base64");
  if (key.length !== 32) {
    throw new Error(`${origin} must be 32 bytes encoded in base64 (got ${key.length} bytes)`);
  }
  return key;
}

/** The key file is created exclusively, so two first starts never write two different keys. */
function keyFromFile(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    } catch (err) {
      if ((err as { code?: string }).code !== "EEXIST") {
        throw err;
      }
    }
  }
  return decodeKey(fs.readFileSync(file, "utf8"), file);
}

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync("sha256", master, Buffer.alloc(0), `danvan/${info}`, 32));
}

/*
 * IVs are random 96-bit values (NIST SP 800-38D 8.2.2), drawn 512 at a time: one randomBytes call per seal
 * was a third of its cost. A drawn block is never written again (the next block is a new buffer).
 */
const IV_BYTES = 12;
let ivBlock = Buffer.alloc(0);
let ivOffset = 0;
function nextIv(): Buffer {
  if (ivOffset + IV_BYTES > ivBlock.length) {
    ivBlock = randomFillSync(Buffer.allocUnsafe(IV_BYTES * 512));
    ivOffset = 0;
  }
  const iv = ivBlock.subarray(ivOffset, ivOffset + IV_BYTES);
  ivOffset += IV_BYTES;
  return iv;
}

/** The associated data of each purpose (a handful of constant strings). */
const aads = new Map<string, Buffer>();
function aadOf(purpose: string): Buffer {
  let aad = aads.get(purpose);
  if (!aad) {
    aad = Buffer.from(purpose);
    aads.set(purpose, aad);
  }
  return aad;
}

export function secretsFromKey(master: Buffer): Secrets {
  const encKey = derive(master, "field-encryption/v1");
  const indexKey = derive(master, "blind-index/v1");
  const pinKey = derive(master, "tracking-pin/v1");
  const hmac = (key: Buffer, value: string) => createHmac("sha256", key).update(value).digest("base64url");
  const pinHash = (pin: string) => hmac(pinKey, pin);
  return {
    seal(plain, purpose) {
      const iv = nextIv();
      const cipher = createCipheriv("aes-256-gcm", encKey, iv);
      cipher.setAAD(aadOf(purpose));
      const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return `v1.${iv.toString("base64url")}.${cipher.getAuthTag().toString("base64url")}.${body.toString("base64url")}`;
    },
    open(sealed, purpose) {
      const [version, iv, tag, body] = sealed.split(".");
      if (version !== "v1" || iv === undefined || tag === undefined || body === undefined) {
        throw new Error("unsupported sealed value");
      }
      const decipher = createDecipheriv("aes-256-gcm", encKey, Buffer.from(iv, "base64url"));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString(
        "utf8",
      );
    },
    blindIndex(value) {
      const v = value?.trim();
      return v ? hmac(indexKey, v) : null;
    },
    pinHash,
    pinMatches(pin, hash) {
      const a = Buffer.from(pinHash(pin));
      const b = Buffer.from(hash);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
}

/** Per config object: reading process.env on every PIN check was a seventieth of the status lookup's CPU. */
const byConfig = new WeakMap<object, Secrets>();

/** The process's secrets: from the environment, else from the key file under the data directory. */
export function secretsFor(config: { dataDir: string }, env: NodeJS.ProcessEnv = process.env): Secrets {
  const own = env === process.env;
  const known = own ? byConfig.get(config) : undefined;
  if (known) {
    return known;
  }
  const fromEnv = env.DANVAN_SECRET_KEY?.trim();
  const cacheKey = fromEnv ? `env:${fromEnv}` : `file:${config.dataDir}`;
  let secrets = cache.get(cacheKey);
  if (!secrets) {
    const master = fromEnv ? decodeKey(fromEnv, "DANVAN_SECRET_KEY") : keyFromFile(config.dataDir);
    secrets = secretsFromKey(master);
    cache.set(cacheKey, secrets);
  }
  if (own) {
    byConfig.set(config, secrets);
  }
  return secrets;
}
