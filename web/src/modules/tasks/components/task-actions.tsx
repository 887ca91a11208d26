import type { TaskDetail } from "@danvan/common";
import { App, Button, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useTaskAction } from "../api";
import { ActionModal, type ModalKind } from "./action-modal";

type Entry = { kind: ModalKind; ability: keyof TaskDetail["abilities"]; primary?: boolean; danger?: boolean };

const ENTRIES: Entry[] = [
  { kind: "progress", ability: "progress" },
  { kind: "submit", ability: "submit", primary: true },
  { kind: "approve", ability: "approve", primary: true },
  { kind: "return", ability: "returnTask", danger: true },
  { kind: "extensions", ability: "requestExtension" },
  { kind: "extensions/decide", ability: "decideExtension", primary: true },
  { kind: "urge", ability: "urge" },
  { kind: "cancel", ability: "cancel", danger: true },
];

/** The buttons the record's `abilities` allow; the rules themselves live on the server. */
export function TaskActions({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<ModalKind | null>(null);
  const action = useTaskAction(task.id);
  const reportError = useReportError();
  const visible = ENTRIES.filter((e) => task.abilities[e.ability]);
  if (!task.abilities.accept && visible.length === 0) {
    return null;
  }
  return (
    <Space wrap data-testid="task-actions">
      {task.abilities.accept && (
        <Button
          type="primary"
          loading={action.isPending}
          onClick={() =>
            action.mutate(
              { action: "accept", body: {} },
              { onSuccess: () => message.success(t("tasks.done.accept")), onError: (e) => reportError(e) },
            )
          }
          data-testid="task-action-accept"
        >
          {t("tasks.actions.accept")}
        </Button>
      )}
      {visible.map((e) => (
        <Button
          key={e.kind}
          type={e.primary ? "primary" : "default"}
          danger={e.danger}
          onClick={() => setOpen(e.kind)}
          data-testid={`task-action-${e.kind.replace("/", "-")}`}
        >
          {t(`tasks.actions.${e.kind.replace("/", "-")}`)}
        </Button>
      ))}
      {open && (
        <ActionModal
          task={task}
          kind={open}
          onClose={() => {
            message.success(t(`tasks.done.${open.replace("/", "-")}`));
            setOpen(null);
          }}
          onCancel={() => setOpen(null)}
        />
      )}
    </Space>
  );
}
