import type { SupplementDossierInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { notFound } from "../../platform/errors";
import { appointmentFor } from "./deadlines";
import { checkDocuments, getProcedure, mergeDocuments, todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { transitionDossier } from "./transition";

/**
 * The applicant brings what was missing. At intake the dossier goes back to checking. After a return
 * from processing it is received again and the clock restarts from today (NĐ 61/2018 Đ.19 k.4): a new
 * appointment, and the steps run again as a new round.
 */
export function supplementDossier(ctx: Ctx, id: string, input: SupplementDossierInput) {
  let fileIds: string[] = [];
  let restarted = false;
  return transitionDossier(ctx, id, {
    ability: "supplement",
    verb: "supplement",
    note: input.note ?? null,
    get fileIds() {
      return fileIds;
    },
    eventData: () => ({ restarted }),
    update: async ({ d }, tx, actor) => {
      const found = await getProcedure(tx, d.procedureId);
      if (!found) {
        throw notFound("procedure");
      }
      const added = await checkDocuments(tx, found.p, input.documents, actor.id);
      fileIds = added.flatMap((a) => a.fileIds);
      const documents = mergeDocuments(d.documents, added);
      if (d.status === "supplement_requested") {
        return { status: "checking", documents };
      }
      restarted = true;
      const today = todayVn();
      const appointment = await appointmentFor(
        tx,
        { from: today, days: d.processingDays, unitId: d.unitId },
        ctx.locale,
      );
      return {
        status: "received",
        documents,
        clockStartDate: today,
        appointmentDate: appointment.due,
        originalAppointmentDate: appointment.due,
        appointmentExplanation: appointment.explanation,
        round: d.round + 1,
        currentStepNo: null,
        handlerId: null,
      };
    },
    after: async (d, tx) => {
      if (restarted) {
        await notifyApplicant(
          tx,
          d,
          `Hồ sơ ${d.code} đã được tiếp nhận lại`,
          `Hồ sơ ${d.code} đã đủ thành phần; thời hạn giải quyết tính lại từ ngày ${d.clockStartDate}, ngày hẹn trả kết quả: ${d.appointmentDate}.`,
        );
      }
    },
  });
}
