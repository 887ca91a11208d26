import { z } from "zod";
import { LIMITS } from "./limits";
import { Permission, Role } from "./roles";

export const Locale = z.enum(["vi", "en"]);
export type Locale = z.infer<typeof Locale>;

export const SignInInput = z.object({
  username: z.string().trim().min(1).max(LIMITS.username),
  password: z.string().min(1).max(LIMITS.passwordMax),
});
export type SignInInput = z.infer<typeof SignInInput>;

export const Password = z
  .string()
  .min(LIMITS.passwordMin)
  .max(LIMITS.passwordMax)
  .regex(/[A-Za-z]/, { message: "password.letter" })
  .regex(/[0-9]/, { message: "password.digit" });

export const ChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(LIMITS.passwordMax),
  newPassword: Password,
});
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

export const UpdateMeInput = z.object({ locale: Locale });
export type UpdateMeInput = z.infer<typeof UpdateMeInput>;

export const Grant = z.object({
  id: z.string(),
  role: Role,
  unitId: z.string(),
  unitName: z.string(),
  unitCode: z.string(),
});
export type Grant = z.infer<typeof Grant>;

export const Me = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  locale: Locale,
  unitId: z.string(),
  unitName: z.string(),
  agencyId: z.string().nullable(),
  grants: z.array(Grant),
  /** Union of what the user's roles allow somewhere; record-level checks still apply. */
  permissions: z.array(Permission),
  mustChangePassword: z.boolean(),
});
export type Me = z.infer<typeof Me>;

export const Session = z.object({ user: Me, csrfToken: z.string() });
export type Session = z.infer<typeof Session>;

export const CSRF_HEADER = "x-csrf-token";
export const SESSION_COOKIE = "dv_session";
