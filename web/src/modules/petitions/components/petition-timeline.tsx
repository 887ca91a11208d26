import { PaperClipOutlined } from "@ant-design/icons";
import type { PetitionDetail } from "@danvan/common";
import { Card, Space, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../lib/format";
import { petitionFileUrl } from "../api";

const COLORS: Record<string, string> = {
  intake: "blue",
  accept: "green",
  resolve: "green",
  archive: "gray",
  withdraw: "gray",
  urge: "orange",
  "report-to-head": "red",
  direction: "purple",
  extend: "orange",
  "overdue-alert": "red",
};

type ExtensionData = { extension: number; days: number; decisionNo: string; due: string };

/** Every step of the petition, oldest first, with who did it and the files attached. */
export function PetitionTimeline({ petition }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t("petitions.timeline")} size="small">
      <Timeline
        data-testid="petition-timeline"
        items={petition.events.map((e) => {
          const task = (e.data as { taskCode?: string } | null)?.taskCode;
          const extension = e.type === "extend" ? (e.data as ExtensionData | null) : null;
          return {
            color: COLORS[e.type] ?? "blue",
            children: (
              <div data-testid={`event-${e.type}`}>
                <Typography.Text strong>
                  {t(`petitions.events.${e.type}`, { defaultValue: e.type })}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {" "}
                  · {formatDateTime(e.createdAt)}
                  {` · ${e.actor?.fullName ?? (e.type === "intake" && petition.channel === "online" ? t("petitions.citizenOnline") : t("petitions.system"))}`}
                </Typography.Text>
                {task && <div>{t("petitions.followUp.task", { code: task })}</div>}
                {extension && (
                  <div data-testid="event-extension">
                    {t("petitions.extend.event", {
                      n: extension.extension,
                      days: extension.days,
                      no: extension.decisionNo,
                      due: formatDate(extension.due),
                    })}
                  </div>
                )}
                {e.note && (
                  <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
                    {e.note}
                  </Typography.Paragraph>
                )}
                {e.files.length > 0 && (
                  <Space wrap>
                    {e.files.map((f) => (
                      <a key={f.id} href={petitionFileUrl(petition.id, f.id)} data-testid="event-file">
                        <PaperClipOutlined /> {f.name}
                      </a>
                    ))}
                  </Space>
                )}
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
