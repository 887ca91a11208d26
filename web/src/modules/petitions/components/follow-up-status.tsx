import type { PetitionFollowUp } from "@danvan/common";
import { Alert, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";

/** The head's latest direction (who, when, what) and a tag while a report awaits one: compact, for tables. */
export function FollowUpCell({ followUp, testId }: { followUp: PetitionFollowUp; testId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = followUp.latestDirection;
  if (!d && !followUp.headReportPending) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  return (
    <Space direction="vertical" size={2} data-testid={testId}>
      {followUp.headReportPending && (
        <Tag color="gold" data-testid="report-pending">
          {t("petitions.direction.pending")}
        </Tag>
      )}
      {d && (
        <div data-testid="latest-direction">
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: d.note }} style={{ marginBottom: 0 }}>
            {d.note}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.by?.fullName ?? "—"} · {formatDateTime(d.at, lang)}
          </Typography.Text>
        </div>
      )}
    </Space>
  );
}

/** The same facts on the petition page, where the direction is read in full. */
export function FollowUpBanner({ followUp }: { followUp: PetitionFollowUp }) {
  const { t } = useTranslation();
  const lang = useLang();
  const d = followUp.latestDirection;
  return (
    <>
      {followUp.headReportPending && (
        <Alert
          type="warning"
          showIcon
          message={t("petitions.direction.pendingHint")}
          data-testid="report-pending"
        />
      )}
      {d && (
        <Alert
          type="info"
          showIcon
          data-testid="latest-direction"
          message={t("petitions.direction.latest", {
            name: d.by?.fullName ?? "—",
            at: formatDateTime(d.at, lang),
          })}
          description={<span style={{ whiteSpace: "pre-wrap" }}>{d.note}</span>}
        />
      )}
    </>
  );
}
