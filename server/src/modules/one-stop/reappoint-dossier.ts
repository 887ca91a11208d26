import type { ReappointDossierInput } from "@danvan/common";
import type { Ctx } from "../../platform/context";
import { invalid, precondition } from "../../platform/errors";
import { latestApologyDate, ruleAmount } from "./deadlines";
import { todayVn } from "./internal";
import { notifyApplicant, notifyCounter } from "./notify";
import { transitionDossier } from "./transition";

const MAX_POSTPONE_DAYS = 365;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả: the processing body apologises, gives the reason and a
 * new date, at the latest 1 working day before the appointment, and only once (NĐ 61/2018 Đ.19 k.9);
 * the counter and the applicant are told.
 */
export function reappointDossier(ctx: Ctx, id: string, input: ReappointDossierInput) {
  let unitPath = "";
  return transitionDossier(ctx, id, {
    ability: "reappoint",
    verb: "reappoint",
    note: input.reason,
    data: { newAppointmentDate: input.newAppointmentDate },
    update: async (loaded, tx, actor) => {
      const { d } = loaded;
      unitPath = loaded.unitPath;
      const max = await ruleAmount(tx, "onestop.reappointment_max", d.clockStartDate ?? d.filedDate);
      if (d.reappointmentCount >= max) {
        throw precondition("onestopReappointOnce");
      }
      const today = todayVn();
      const current = d.appointmentDate!;
      const latest = await latestApologyDate(tx, d.unitId, current, today);
      if (today > latest) {
        throw precondition("onestopReappointTooLate", { date: latest.split("-").reverse().join("/") });
      }
      const limit = new Date(Date.parse(`${current}T00:00:00Z`) + MAX_POSTPONE_DAYS * 86_400_000)
        .toISOString()
        .slice(0, 10);
      if (input.newAppointmentDate <= current || input.newAppointmentDate > limit) {
        throw invalid("newAppointmentDate", "onestopReappointNotLater");
      }
      return {
        appointmentDate: input.newAppointmentDate,
        reappointmentCount: d.reappointmentCount + 1,
        apologyDate: today,
        apologyReason: input.reason,
        apologyBy: actor.id,
      };
    },
    after: async (d, tx) => {
      await notifyCounter(tx, unitPath, {
        subject: `Hồ sơ ${d.code} hẹn lại ngày trả kết quả`,
        body: `Cơ quan giải quyết xin lỗi và hẹn lại ngày ${d.appointmentDate}: ${d.apologyReason}`,
        link: `/onestop/dossiers/${d.id}`,
      });
      await notifyApplicant(
        tx,
        d,
        `Xin lỗi và hẹn lại ngày trả kết quả hồ sơ ${d.code}`,
        `Cơ quan giải quyết xin lỗi vì hồ sơ ${d.code} chưa có kết quả đúng hẹn. Lý do: ${input.reason}. Ngày hẹn trả mới: ${d.appointmentDate}.`,
      );
    },
  });
}
