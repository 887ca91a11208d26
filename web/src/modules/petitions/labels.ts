import {
  ARCHIVE_GROUND_LABELS,
  type ArchiveGround,
  PETITION_CHANNEL_LABELS,
  PETITION_KIND_LABELS,
  PETITION_STATUS_LABELS,
  type PetitionChannel,
  type PetitionKind,
  type PetitionStatus,
} from "@danvan/common";
import type { Lang } from "../../lib/use-lang";

export const KINDS = Object.keys(PETITION_KIND_LABELS) as PetitionKind[];
export const CHANNELS = Object.keys(PETITION_CHANNEL_LABELS) as PetitionChannel[];
export const STATUSES = Object.keys(PETITION_STATUS_LABELS) as PetitionStatus[];
export const ARCHIVE_GROUNDS = Object.keys(ARCHIVE_GROUND_LABELS) as ArchiveGround[];

export const kindLabel = (k: PetitionKind, lang: Lang) => PETITION_KIND_LABELS[k][lang];
export const channelLabel = (c: PetitionChannel, lang: Lang) => PETITION_CHANNEL_LABELS[c][lang];
export const statusLabel = (s: PetitionStatus, lang: Lang) => PETITION_STATUS_LABELS[s][lang];
export const groundLabel = (g: ArchiveGround, lang: Lang) => ARCHIVE_GROUND_LABELS[g][lang];

export const STATUS_COLORS: Record<PetitionStatus, string> = {
  received: "gold",
  information: "default",
  accepted: "blue",
  guided: "cyan",
  transferred: "geekblue",
  archived: "default",
  resolved: "success",
  withdrawn: "default",
  split: "purple",
};

export const KIND_COLORS: Record<PetitionKind, string> = {
  complaint: "orange",
  denunciation: "red",
  recommendation: "green",
  feedback: "blue",
};
