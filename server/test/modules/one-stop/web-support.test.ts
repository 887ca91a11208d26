import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox } from "../../../src/db/schema";
import { call, detailPaths } from "../../support/factories";
import { DB_KIND, type TestApp } from "../../support/harness";
import {
  act,
  addDays,
  buildWorld,
  createProcedure,
  fileAtCounter,
  must,
  oneStopApp,
  patchDossier,
  processingDossier,
  todayVn,
  type World,
} from "./helpers";

describe(`one-stop pickers and the "due soon" list for the web pages on ${DB_KIND}`, () => {
  let t: TestApp;
  let w: World;
  let procedureId: string;

  beforeAll(async () => {
    t = await oneStopApp();
    w = await buildWorld(t);
    procedureId = (await createProcedure(t, w)).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("names the staff who may take a step of the dossier: processors of its unit and above, no one else", async () => {
    const { dossier } = await fileAtCounter(t, w, procedureId);
    const res = await call(t, "GET", `/api/v1/onestop/dossiers/${dossier.id}/handlers`, {
      session: w.as.clerkA,
    });
    expect(res.status).toBe(200);
    const names = res.body.items.map((x: { name: string }) => x.name).sort();
    expect(names).toEqual(["Hoàng Xử Lý", "Phan Thẩm Định", "Trần Chủ Tịch"].sort());
    // Commune B's staff may not see the dossier: it does not exist for them.
    const foreign = await call(t, "GET", `/api/v1/onestop/dossiers/${dossier.id}/handlers`, {
      session: w.as.clerkB,
    });
    expect(foreign.status).toBe(404);
  });

  it("links the counter's re-appointment notice to the dossier page of the web app", async () => {
    const d = await processingDossier(t, w, procedureId);
    await patchDossier(t.db, d.id, { appointmentDate: addDays(todayVn(), 20) });
    await must(
      act(t, w.as.handlerA, d.id, "reappoint", {
        reason: "Chờ kết quả đo đạc thực địa",
        newAppointmentDate: addDays(todayVn(), 27),
      }),
    );
    const notices = await t.db
      .select({ link: outbox.link })
      .from(outbox)
      .where(and(eq(outbox.staffId, w.people.clerkA.id), eq(outbox.channel, "in_app")));
    expect(notices.map((n) => n.link)).toContain(`/onestop/dossiers/${d.id}`);
  });

  it("lists running dossiers whose appointment falls within N days, not later ones nor closed ones", async () => {
    const soon = await processingDossier(t, w, procedureId);
    const later = await processingDossier(t, w, procedureId);
    const today = todayVn();
    await patchDossier(t.db, soon.id, { appointmentDate: addDays(today, 2) });
    await patchDossier(t.db, later.id, { appointmentDate: addDays(today, 20) });
    const ids = async (qs: string) =>
      (await call(t, "GET", `/api/v1/onestop/dossiers?${qs}`, { session: w.as.clerkA })).body.items.map(
        (x: { id: string }) => x.id,
      );
    const within3 = await ids("dueWithinDays=3&limit=100");
    expect(within3).toContain(soon.id);
    expect(within3).not.toContain(later.id);
    await patchDossier(t.db, soon.id, { status: "result_ready" });
    expect(await ids("dueWithinDays=3&limit=100")).not.toContain(soon.id);
    const bad = await call(t, "GET", "/api/v1/onestop/dossiers?dueWithinDays=99", { session: w.as.clerkA });
    expect(bad.status).toBe(400);
    expect(detailPaths(bad.body)).toEqual(["dueWithinDays"]);
  });
});
