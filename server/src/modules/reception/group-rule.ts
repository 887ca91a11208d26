import type { CreateEntryInput } from "@danvan/common";
import type { Db } from "../../db/client";
import { invalid } from "../../platform/errors";
import { ruleInForce } from "../calendar/rules";
import { groupThreshold } from "../petitions/deadlines";

async function limitOf(db: Db, code: string, onDate: string, fallback: number) {
  const rule = await ruleInForce(db, code, onDate).catch(() => null);
  return Number((rule?.value as { max?: number } | undefined)?.max ?? fallback);
}

/**
 * Several people with one content appoint representatives in writing, signed by all: 1–2 for 5 to 10
 * people, more for a larger group but at most 5 (Luật TCD 2013 Đ.30; NĐ 64/2014 Đ.7). The numbers are
 * the rule versions in force on the day of reception.
 */
export async function checkGroup(
  db: Db,
  input: Pick<CreateEntryInput, "peopleCount" | "representatives" | "appointmentFileId">,
  onDate: string,
): Promise<boolean> {
  const from = await groupThreshold(db, onDate);
  if (input.peopleCount < from) {
    return false;
  }
  const smallUpTo = await limitOf(db, "reception.group.small_size", onDate, 10);
  const max =
    input.peopleCount <= smallUpTo
      ? await limitOf(db, "reception.group.representatives_small", onDate, 2)
      : await limitOf(db, "reception.group.representatives_max", onDate, 5);
  if (input.representatives.length === 0) {
    throw invalid("representatives", "receptionRepresentativesRequired");
  }
  if (input.representatives.length > max) {
    throw invalid("representatives", "receptionRepresentativesTooMany");
  }
  if (!input.appointmentFileId) {
    throw invalid("appointmentFileId", "receptionAppointmentRequired");
  }
  return true;
}
