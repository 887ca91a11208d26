import type { Dossier } from "@danvan/common";
import { Space, Table, type TableColumnsType, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { OverdueTag, StatusTag, TimelinessTag } from "./dossier-tags";

type Props = { items: Dossier[]; isLoading: boolean; emptyText?: string };

const small = { fontSize: 12 } as const;

/** Rows of a queue or of the register: code, procedure and applicant, state and step, appointment. */
export function DossierTable({ items, isLoading, emptyText }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Dossier> = [
    {
      title: t("onestop.code"),
      key: "code",
      width: 200,
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Link to={`/onestop/dossiers/${d.id}`} data-testid={`dossier-link-${d.code}`}>
            {d.code}
          </Link>
          <Typography.Text type="secondary" style={small}>
            {formatDate(d.filedDate)} · {t(`onestop.channel.${d.channel}`)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t("onestop.procedure"),
      key: "procedure",
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{d.procedure.name}</Typography.Text>
          <Typography.Text type="secondary" style={small}>
            {d.applicantName} · {d.unitName}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 230,
      render: (_, d) => (
        <Space direction="vertical" size={2}>
          <StatusTag status={d.status} />
          {d.currentStep && (
            <Typography.Text type="secondary" style={small}>
              {t("onestop.stepN", { n: d.currentStep.stepNo })}: {d.currentStep.name}
              {d.handler ? ` — ${d.handler.name}` : ""}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t("onestop.appointment"),
      key: "appointment",
      width: 150,
      render: (_, d) => (
        <Space direction="vertical" size={2}>
          <span>{d.appointmentDate ? formatDate(d.appointmentDate) : "—"}</span>
          <Space size={2} wrap>
            <OverdueTag overdue={d.isOverdue} />
            <TimelinessTag value={d.timeliness} />
          </Space>
        </Space>
      ),
    },
  ];
  return (
    <Table<Dossier>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 860 }}
      locale={{ emptyText: emptyText ?? t("onestop.emptyDossiers") }}
      data-testid="dossier-table"
    />
  );
}
