import { call, type Session } from "../../support/factories";
import type { TestApp } from "../../support/harness";
import { buildWorld, pdfBytes, petitionApp, todayVn, upload, type World } from "../petitions/helpers";

export { buildWorld, petitionApp as receptionApp, todayVn, type World };

export const addDays = (iso: string, n: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function uploadPdf(t: TestApp, session: Session): Promise<string> {
  const res = await upload(t, session, "uy-quyen.pdf", pdfBytes());
  if (res.status !== 201 && res.status !== 200) {
    throw new Error(`upload failed: ${res.status}`);
  }
  return res.body.id;
}

export function sessionBody(w: World, over: Record<string, unknown> = {}) {
  return {
    unitId: w.a.id,
    type: "periodic",
    date: todayVn(),
    startTime: "07:30",
    endTime: "11:00",
    place: "Trụ sở tiếp công dân xã",
    hostId: w.people.leaderA.id,
    agencyIds: [w.agencyA.id],
    ...over,
  };
}

export async function openSession(t: TestApp, w: World, over: Record<string, unknown> = {}) {
  const res = await call(t, "POST", "/api/v1/reception/sessions", {
    session: w.as.receptionA,
    body: sessionBody(w, over),
  });
  if (res.status !== 201) {
    throw new Error(`session failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { id: string; code: string; status: string } & Record<string, unknown>;
}

let n = 0;
export function entryBody(over: Record<string, unknown> = {}) {
  n += 1;
  return {
    kind: "complaint",
    visitor: {
      fullName: `Nguyễn Văn Tiếp ${n}`,
      personalId: `0400850${String(20000 + n).slice(-5)}`,
      address: `Xóm ${n}, xã A, Nghệ An`,
      phone: "0912345678",
    },
    peopleCount: 1,
    summary: `Khiếu nại việc thu hồi đất ruộng lúa xóm ${n} chưa được bồi thường thỏa đáng`,
    withinCompetence: true,
    outcome: "accepted",
    ...over,
  };
}

export async function addEntry(
  t: TestApp,
  s: Session,
  sessionId: string,
  over: Record<string, unknown> = {},
) {
  const res = await call(t, "POST", `/api/v1/reception/sessions/${sessionId}/entries`, {
    session: s,
    body: entryBody(over),
  });
  if (res.status !== 201) {
    throw new Error(`entry failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body as { id: string; seq: number } & Record<string, unknown>;
}

export const reps = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ fullName: `Người đại diện ${i + 1}`, address: "Xóm 3, xã A" }));
