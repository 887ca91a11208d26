import type { ReceiveDossierInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { invalid, notFound } from "../../platform/errors";
import { appointmentFor } from "./deadlines";
import { checkDocuments, firstMissingRequired, getProcedure, mergeDocuments, todayVn } from "./internal";
import { notifyApplicant } from "./notify";
import { transitionDossier } from "./transition";

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả: the dossier is complete, the clock starts and the appointment
 * is the procedure's working days after today on the unit's calendar (NĐ 61/2018 Đ.15 k.3, Đ.17).
 */
export function receiveDossier(ctx: Ctx, id: string, input: ReceiveDossierInput) {
  let fileIds: string[] = [];
  return transitionDossier(ctx, id, {
    ability: "receive",
    verb: "receive",
    note: input.note ?? null,
    get fileIds() {
      return fileIds;
    },
    update: async ({ d }, tx, actor) => {
      const found = await getProcedure(tx, d.procedureId);
      if (!found) {
        throw notFound("procedure");
      }
      const added = await checkDocuments(tx, found.p, input.documents ?? [], actor.id);
      fileIds = added.flatMap((a) => a.fileIds);
      const documents = mergeDocuments(d.documents, added);
      const missing = firstMissingRequired(found.p, documents);
      if (missing) {
        throw invalid(`documents.${missing.doc.key}`, "onestopMissingDocument");
      }
      const today = todayVn();
      const appointment = await appointmentFor(
        tx,
        { from: today, days: d.processingDays, unitId: d.unitId },
        ctx.locale,
      );
      return {
        status: "received",
        documents,
        receivedDate: today,
        receivedBy: actor.id,
        clockStartDate: today,
        appointmentDate: appointment.due,
        originalAppointmentDate: appointment.due,
        appointmentExplanation: appointment.explanation,
      };
    },
    after: (d, tx) =>
      notifyApplicant(
        tx,
        d,
        `Đã tiếp nhận hồ sơ ${d.code}`,
        `Hồ sơ ${d.code} đã được tiếp nhận ngày ${d.receivedDate}; ngày hẹn trả kết quả: ${d.appointmentDate}.`,
      ),
  });
}
