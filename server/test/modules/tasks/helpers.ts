import { and, eq, like } from "drizzle-orm";
import type { Db } from "../../../src/db/client";
import { outbox, tasks } from "../../../src/db/schema";
import { todayVn } from "../../../src/modules/tasks/internal";
import { newId } from "../../../src/platform/ids";
import { buildStaff, buildUnit, type Session, signIn } from "../../support/factories";
import type { TestApp } from "../../support/harness";

export { todayVn };

export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

let counter = 0;

/** A unit with a directing leader, an assignee and a second officer, each signed in. */
export async function buildTeam(
  t: TestApp,
  opts: { parentId?: string; names?: { leader?: string; assignee?: string } } = {},
) {
  const unit = await buildUnit(t.db, { parentId: opts.parentId ?? null });
  const leader = await buildStaff(t.db, { unitId: unit.id, roles: ["leader"], fullName: opts.names?.leader });
  const assignee = await buildStaff(t.db, {
    unitId: unit.id,
    roles: ["handler"],
    fullName: opts.names?.assignee,
  });
  const colleague = await buildStaff(t.db, { unitId: unit.id, roles: ["handler"] });
  return {
    unit,
    leader,
    assignee,
    colleague,
    as: {
      leader: await signIn(t, leader.username),
      assignee: await signIn(t, assignee.username),
      colleague: await signIn(t, colleague.username),
    },
  };
}

export type Team = Awaited<ReturnType<typeof buildTeam>>;

/** A valid create-task body for a team; override any field. */
export function taskBody(team: Team, over: Record<string, unknown> = {}) {
  counter += 1;
  return {
    title: `Xử lý kiến nghị số ${counter}`,
    description: "Kiểm tra hiện trường và trả lời công dân",
    unitId: team.unit.id,
    assigneeId: team.assignee.id,
    directorId: team.leader.id,
    due: { date: addDays(todayVn(), 14) },
    deliverable: "Báo cáo kết quả kiểm tra",
    ...over,
  };
}

/** Inserts a task row directly (for past due dates and bulk data the API would refuse or make slow). */
export async function buildTask(
  db: Db,
  opts: {
    unitId: string;
    assigneeId: string;
    directorId: string;
    dueDate: string;
    createdBy?: string | null;
    status?: string;
    title?: string;
    sourceType?: string;
    sourceId?: string | null;
  },
) {
  counter += 1;
  const id = newId();
  const [row] = await db
    .insert(tasks)
    .values({
      id,
      code: `NV-T-${counter}-${id.slice(0, 8)}`,
      title: opts.title ?? `Nhiệm vụ kiểm thử ${counter}`,
      unitId: opts.unitId,
      assigneeId: opts.assigneeId,
      directorId: opts.directorId,
      createdBy: opts.createdBy ?? opts.directorId,
      dueDate: opts.dueDate,
      originalDueDate: opts.dueDate,
      deliverable: "Báo cáo",
      sourceType: opts.sourceType ?? "directive",
      sourceId: opts.sourceId ?? null,
      status: opts.status ?? "assigned",
    })
    .returning();
  return row!;
}

/** Uploads bytes as the SPA does (multipart field "file"). */
export async function upload(
  t: TestApp,
  session: Session,
  name: string,
  bytes: Uint8Array,
  type = "application/octet-stream",
) {
  const form = new FormData();
  form.append("file", new File([bytes], name, { type }));
  const res = await t.app.request("/api/v1/files", {
    method: "POST",
    headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
    body: form,
  });
  const text = await res.text();
  // biome-ignore lint/suspicious/noExplicitAny: test convenience for reading response bodies
  return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
}

/** A small, unique PDF (content-addressed storage would merge identical bytes). */
export function pdfBytes(label = newId()) {
  return new TextEncoder().encode(
    `%PDF-1.4\n% ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n`,
  );
}

/** Outbox rows for a task whose subject starts with a prefix, optionally for one staff member. */
export async function outboxFor(db: Db, taskId: string, subjectPrefix: string, staffId?: string) {
  return db
    .select()
    .from(outbox)
    .where(
      and(
        eq(outbox.link, `/tasks/${taskId}`),
        like(outbox.subject, `${subjectPrefix}%`),
        staffId ? eq(outbox.staffId, staffId) : undefined,
      ),
    );
}
