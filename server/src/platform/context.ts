import type { Locale, Role } from "@danvan/common";
import type { Db } from "../db/client";
import type { Config } from "./config";

export type ActorGrant = { id: string; role: Role; unitId: string; unitPath: string };

export type Actor = {
  id: string;
  username: string;
  fullName: string;
  unitId: string;
  grants: ActorGrant[];
};

/** What every verb receives: who acts, on which database, for which request. */
export type Ctx = {
  db: Db;
  config: Config;
  actor: Actor | null;
  requestId: string | null;
  locale: Locale;
  ip: string | null;
};

export async function withTransaction<T>(ctx: Ctx, fn: (tx: Db) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => fn(tx as unknown as Db));
}

export function requireActor(ctx: Ctx): Actor {
  if (!ctx.actor) {
    throw Object.assign(new Error("unauthenticated"), { unauthenticated: true });
  }
  return ctx.actor;
}
