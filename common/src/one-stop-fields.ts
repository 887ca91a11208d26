import { z } from "zod";
import { ONESTOP_LIMITS } from "./one-stop-states";

/** Field shapes shared by the one-stop contracts; not part of the package's surface. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "date.format" })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    { message: "date.invalid" },
  );
export const Text = (max: number, min = 1) => z.string().trim().min(min).max(max);
export const Uuid = z.string().uuid();
export const FileId = z.string().regex(/^[0-9a-f]{64}$/);
export const Days = z.number().int().min(0).max(ONESTOP_LIMITS.maxDays);
export const Phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,20}$/, { message: "phone.format" });

export const DocKey = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "code.format" });

export const Reason = Text(ONESTOP_LIMITS.reason, 5);
export const Note = Text(ONESTOP_LIMITS.reason).nullable().optional();
