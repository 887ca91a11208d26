/** Empty optional inputs go to the API as null, not "". */
export function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export const PHONE_PATTERN = /^\+?[0-9 .-]{8,20}$/;
export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;
