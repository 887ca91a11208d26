import type { ErrorDetail, Locale } from "@danvan/common";
import type { z } from "zod";
import { AppError } from "./errors";
import { hasMessage, translate } from "./messages";

type Issue = z.core.$ZodIssue;

function issueKey(issue: Issue): { key: string; params?: Record<string, string | number> } {
  if (hasMessage(issue.message)) {
    return { key: issue.message };
  }
  switch (issue.code) {
    case "invalid_type":
      return { key: issue.input === undefined ? "required" : "invalidType" };
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? { key: "required" }
          : { key: "tooShort", params: { min: Number(issue.minimum) } };
      }
      return { key: "tooSmall", params: { min: Number(issue.minimum) } };
    case "too_big":
      return issue.origin === "string"
        ? { key: "tooLong", params: { max: Number(issue.maximum) } }
        : { key: "tooBig", params: { max: Number(issue.maximum) } };
    case "invalid_format":
      return { key: "invalidFormat" };
    case "unrecognized_keys":
      return { key: "unknownField" };
    default:
      return { key: "invalidValue" };
  }
}

/** Turns zod issues into the API's localized `details`, one per field path. */
export function zodDetails(issues: readonly Issue[], locale: Locale, prefix = ""): ErrorDetail[] {
  return issues.map((issue) => {
    const { key, params } = issueKey(issue);
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".");
    return { path: path || "(root)", message: translate(key, locale, params) };
  });
}

export function validationError(issues: readonly Issue[], locale: Locale, prefix = ""): AppError {
  return new AppError("VALIDATION", "validation", zodDetails(issues, locale, prefix));
}

export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale,
  prefix = "",
): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw validationError(result.error.issues, locale, prefix);
  }
  return result.data;
}
