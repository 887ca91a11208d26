import { ChangePasswordInput, Session, SignInInput, UpdateMeInput } from "@danvan/common";
import { createRoute, z } from "@hono/zod-openapi";
import { body, createRouter, ctxOf, errorResponses, json } from "../../platform/http";
import { clearSessionCookie, deleteSession, setSessionCookie } from "../../platform/session";
import { changePassword } from "./change-password";
import { presentMe } from "./me.presenter";
import { signIn } from "./sign-in";
import { updateMe } from "./update-me";

const tags = ["auth"];

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/sign-in",
      tags,
      summary: "Sign in with username and password",
      request: body(SignInInput),
      responses: { 200: json(Session), ...errorResponses, 423: json(z.unknown(), "Account locked") },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const session = await signIn(ctx, c.req.valid("json"), c.req.header("user-agent") ?? null);
      setSessionCookie(c, ctx.config, session.token, session.expiresAt);
      return c.json({ user: await presentMe(ctx.db, session.staffId), csrfToken: session.csrfToken }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/sign-out",
      tags,
      summary: "End the session",
      responses: { 204: { description: "Signed out" } },
    }),
    async (c) => {
      const session = c.get("session");
      if (session) {
        await deleteSession(ctxOf(c).db, session.id);
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me",
      tags,
      summary: "The signed-in user",
      responses: { 200: json(Session), ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      const session = c.get("session");
      return c.json(
        { user: await presentMe(ctx.db, ctx.actor?.id ?? ""), csrfToken: session?.csrfToken ?? "" },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/me",
      tags,
      summary: "Update preferences (language)",
      request: body(UpdateMeInput),
      responses: { 200: json(Session), ...errorResponses },
    }),
    async (c) => {
      const ctx = ctxOf(c);
      await updateMe(ctx, c.req.valid("json"));
      return c.json(
        { user: await presentMe(ctx.db, ctx.actor?.id ?? ""), csrfToken: c.get("session")?.csrfToken ?? "" },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/password",
      tags,
      summary: "Change own password",
      request: body(ChangePasswordInput),
      responses: { 204: { description: "Changed" }, ...errorResponses },
    }),
    async (c) => {
      await changePassword(ctxOf(c), c.req.valid("json"), c.get("session")?.id ?? "");
      return c.body(null, 204);
    },
  );
