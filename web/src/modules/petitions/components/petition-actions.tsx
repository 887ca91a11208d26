import type { PetitionAbilities, PetitionDetail } from "@danvan/common";
import { Button, Space } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { AssignModal } from "./actions/assign-modal";
import { ClassifyModal } from "./actions/classify-modal";
import { DecideModal } from "./actions/decide-modal";
import { ExtendModal } from "./actions/extend-modal";
import { FollowUpModal } from "./actions/follow-up-modal";
import { NoteModal } from "./actions/note-modal";
import { ResolveModal } from "./actions/resolve-modal";
import { SecondComplaintModal } from "./actions/second-complaint-modal";
import { SplitModal } from "./actions/split-modal";
import { WithdrawModal } from "./actions/withdraw-modal";

type Action = Exclude<keyof PetitionAbilities, "readIdentity">;

const ORDER: Action[] = [
  "classify",
  "split",
  "decide",
  "assign",
  "note",
  "resolve",
  "extend",
  "urge",
  "reportToHead",
  "direct",
  "secondComplaint",
  "withdraw",
];
const PRIMARY: Action[] = ["decide", "resolve"];

/** The buttons the server's `abilities` allow, each opening its dialog. */
export function PetitionActions({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const close = () => setOpen(null);
  const allowed = ORDER.filter((a) => petition.abilities[a]);
  const dialogs: Record<Action, () => ReactNode> = {
    classify: () => <ClassifyModal petition={petition} onClose={close} />,
    split: () => <SplitModal petition={petition} onClose={close} />,
    decide: () => <DecideModal petition={petition} onClose={close} />,
    assign: () => <AssignModal petition={petition} onClose={close} />,
    note: () => <NoteModal petition={petition} onClose={close} />,
    resolve: () => <ResolveModal petition={petition} onClose={close} />,
    extend: () => <ExtendModal petition={petition} onClose={close} />,
    urge: () => <FollowUpModal petition={petition} kind="urge" onClose={close} />,
    reportToHead: () => <FollowUpModal petition={petition} kind="report-to-head" onClose={close} />,
    direct: () => <NoteModal petition={petition} direction onClose={close} />,
    secondComplaint: () => <SecondComplaintModal petition={petition} onClose={close} />,
    withdraw: () => <WithdrawModal petition={petition} onClose={close} />,
  };
  if (allowed.length === 0) {
    return null;
  }
  return (
    <>
      <Space wrap data-testid="petition-actions">
        {allowed.map((a) => (
          <Button
            key={a}
            type={PRIMARY.includes(a) ? "primary" : "default"}
            danger={a === "withdraw"}
            onClick={() => setOpen(a)}
            data-testid={`action-${a}`}
          >
            {t(`petitions.actions.${a}`)}
          </Button>
        ))}
      </Space>
      {open && dialogs[open]()}
    </>
  );
}
