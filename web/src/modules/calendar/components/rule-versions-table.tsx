import { InfoCircleOutlined } from "@ant-design/icons";
import type { RuleVersion } from "@danvan/common";
import { Table, type TableColumnsType, Tag, Tooltip } from "antd";
import type { HTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { formatRange } from "../../../lib/format";
import { ruleValueText, versionStatus } from "../rule-text";
import { VerifiedTag } from "./unverified-tag";

const STATUS_COLOR = { in_force: "green", past: "default", future: "blue" } as const;

/** The versions of one rule, oldest first, with the one in force today marked. */
export function RuleVersionsTable({ versions, today }: { versions: RuleVersion[]; today: string }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<RuleVersion> = [
    {
      title: t("calendar.rules.period"),
      key: "period",
      width: 210,
      render: (_, r) => formatRange(r.effectiveFrom, r.effectiveTo, t("calendar.rules.since")),
    },
    { title: t("calendar.rules.value"), key: "value", render: (_, r) => ruleValueText(r, t) },
    { title: t("calendar.rules.sourceRef"), dataIndex: "sourceRef", key: "sourceRef", width: 280 },
    {
      title: t("calendar.rules.check"),
      key: "verified",
      width: 170,
      render: (_, r) => (
        <>
          <VerifiedTag verified={r.verified} testId={`rule-verified-${r.id}`} />
          {r.note && (
            <Tooltip title={r.note}>
              <InfoCircleOutlined aria-label={t("calendar.rules.note")} style={{ color: "#8c8c8c" }} />
            </Tooltip>
          )}
        </>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 150,
      render: (_, r) => {
        const status = versionStatus(r, today);
        return (
          <Tag color={STATUS_COLOR[status]} data-testid={`rule-status-${r.id}`}>
            {t(`calendar.rules.status.${status}`)}
          </Tag>
        );
      },
    },
  ];
  return (
    <Table<RuleVersion>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={versions}
      pagination={false}
      scroll={{ x: 900 }}
      onRow={(r) =>
        ({
          "data-testid": `rule-version-${r.id}`,
          style: versionStatus(r, today) === "in_force" ? { background: "#f6ffed" } : undefined,
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
