import type { Applicant } from "@danvan/common";
import { Table, type TableColumnsType, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";

type Props = { items: Applicant[]; isLoading: boolean };

export function ApplicantTable({ items, isLoading }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Applicant> = [
    { title: t("applicants.name"), dataIndex: "name", key: "name" },
    {
      title: t("applicants.kind"),
      key: "kind",
      width: 140,
      render: (_, a) =>
        a.kind === "person" ? (
          <Tag color="blue">{t("applicants.person")}</Tag>
        ) : (
          <Tag color="purple">{t("applicants.organisation")}</Tag>
        ),
    },
    { title: t("applicants.identifier"), dataIndex: "identifier", key: "identifier", width: 170 },
    { title: t("common.phone"), dataIndex: "phone", key: "phone", width: 140 },
    { title: t("common.address"), dataIndex: "address", key: "address", ellipsis: true },
    { title: t("applicants.unit"), dataIndex: "unitName", key: "unitName" },
    { title: t("common.createdAt"), key: "createdAt", width: 120, render: (_, a) => formatDate(a.createdAt) },
  ];
  return (
    <Table<Applicant>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="applicant-table"
    />
  );
}
