import type { Page } from "playwright-core";
import { expect } from "vitest";
import { apiAs } from "./api";

/** The dossier's state badge on the staff dossier page. */
export const status = (page: Page) =>
  page.getByTestId("dossier-detail").getByTestId("dossier-status").first();

export async function waitStatus(page: Page, value: string) {
  await expect.poll(() => status(page).getAttribute("data-status"), { timeout: 20_000 }).toBe(value);
}

/** Opens the action's dialog, lets `fill` complete it, submits and waits for the new state. */
export async function act(page: Page, action: string, next: string, fill?: () => Promise<void>) {
  await page.getByTestId(`action-${action}`).click();
  await page.getByTestId(`action-modal-${action}`).waitFor();
  // Let the dialog finish opening, so the first click lands.
  await page.waitForTimeout(300);
  await fill?.();
  await page.getByTestId("modal-submit").click();
  await page.getByTestId(`action-modal-${action}`).waitFor({ state: "detached", timeout: 20_000 });
  await waitStatus(page, next);
}

/** A tiny PDF to attach as a scan; its name is inside, so a download shows which file it is. */
export const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

/** A dossier filed, processed and approved at the Thái Hòa one-stop shop, ready to be returned. */
export async function resultReadyDossier(base: string) {
  const clerk = await apiAs(base, "clerk");
  const handler = await apiAs(base, "thaihoa.handler");
  const leader = await apiAs(base, "thaihoa.leader");
  const procedures = await clerk("GET", "/onestop/procedures?limit=100&status=in_force");
  const procedure = procedures.items
    .filter((p: { unitName?: string; steps: unknown[] }) => p.steps.length > 0)
    .sort((a: { steps: unknown[] }, b: { steps: unknown[] }) => a.steps.length - b.steps.length)[0];
  const applicants = await clerk("GET", `/applicants?q=${encodeURIComponent("Nguyễn Thị Hương")}`);
  const documents = procedure.documents
    .filter((d: { required: boolean }) => d.required)
    .map((d: { key: string; originals: number }) => ({
      key: d.key,
      form: d.originals > 0 ? "original" : "copy",
      count: 1,
    }));
  const filed = await clerk("POST", "/onestop/dossiers", {
    procedureId: procedure.id,
    applicantId: applicants.items[0].id,
    documents,
  });
  const id = filed.dossier.id as string;
  await clerk("POST", `/onestop/dossiers/${id}/receive`, {});
  const handlers = await clerk("GET", `/onestop/dossiers/${id}/handlers`);
  const handlerId = handlers.items.find((h: { name: string }) => h.name === "Võ Thị Hằng").id;
  let d = await clerk("POST", `/onestop/dossiers/${id}/start-processing`, { handlerId });
  while (d.status === "processing") {
    const last = d.currentStep.stepNo === d.steps.length;
    d = await handler("POST", `/onestop/dossiers/${id}/complete-step`, {
      stepNo: d.currentStep.stepNo,
      ...(last ? {} : { nextHandlerId: handlerId }),
    });
  }
  await leader("POST", `/onestop/dossiers/${id}/approve`, { decision: "granted", resultNo: "15/GCN" });
  return { id, code: filed.dossier.code as string };
}
