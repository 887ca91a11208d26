import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECRET_KEY_FILE, secretsFor, secretsFromKey } from "./secrets";

describe("field secrets", () => {
  const secrets = secretsFromKey(randomBytes(32));

  it("seals and opens, bound to its purpose, and detects tampering", () => {
    const sealed = secrets.seal("Nguyễn Thị Bí Mật", "identity");
    expect(sealed).toMatch(/^v1\./);
    expect(sealed).not.toContain("Bí Mật");
    expect(secrets.seal("Nguyễn Thị Bí Mật", "identity")).not.toBe(sealed);
    expect(secrets.open(sealed, "identity")).toBe("Nguyễn Thị Bí Mật");
    expect(() => secrets.open(sealed, "other")).toThrow();
    const parts = sealed.split(".");
    const body = parts[3]!;
    parts[3] = `${body[0] === "A" ? "B" : "A"}${body.slice(1)}`;
    expect(() => secrets.open(parts.join("."), "identity")).toThrow();
    expect(() => secretsFromKey(randomBytes(32)).open(sealed, "identity")).toThrow();
  });

  it("gives every seal its own 12-byte IV, across the blocks they are drawn from", () => {
    const ivs = Array.from({ length: 1500 }, (_, i) => secrets.seal(String(i), "identity").split(".")[1]!);
    expect(new Set(ivs).size).toBe(ivs.length);
    expect(ivs.every((iv) => Buffer.from(iv, "base64url").length === 12)).toBe(true);
  });

  it("hashes PINs and blind indexes with the key", () => {
    expect(secrets.pinMatches("12345678", secrets.pinHash("12345678"))).toBe(true);
    expect(secrets.pinMatches("12345679", secrets.pinHash("12345678"))).toBe(false);
    expect(secrets.blindIndex("040085001234")).toBe(secrets.blindIndex(" 040085001234 "));
    expect(secrets.blindIndex("")).toBeNull();
    expect(secretsFromKey(randomBytes(32)).blindIndex("040085001234")).not.toBe(
      secrets.blindIndex("040085001234"),
    );
  });

  it("takes the key from DANVAN_SECRET_KEY, refusing a wrong length, else from a 0600 key file", () => {
    const key = randomBytes(32).toString("base64");
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-secrets-"));
    const fromEnv = secretsFor({ dataDir: dir }, { DANVAN_SECRET_KEY: key });
    expect(secretsFromKey(Buffer.from(key, "base64")).open(fromEnv.seal("x", "p"), "p")).toBe("x");
    expect(fs.existsSync(path.join(dir, SECRET_KEY_FILE))).toBe(false);
    expect(() =>
      secretsFor({ dataDir: dir }, { DANVAN_SECRET_KEY: randomBytes(16).toString("base64") }),
    ).toThrow(/32 bytes/);
    const fromFile = secretsFor({ dataDir: dir }, {});
    const file = path.join(dir, SECRET_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const reread = secretsFromKey(Buffer.from(fs.readFileSync(file, "utf8").trim(), "base64"));
    expect(reread.open(fromFile.seal("y", "p"), "p")).toBe("y");
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
