import { LockOutlined, TeamOutlined } from "@ant-design/icons";
import type { Petition } from "@danvan/common";
import { Space, Table, type TableColumnsType, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { channelLabel } from "../labels";
import { DueTag, KindTag, StatusTag } from "./petition-tags";

type Props = { items: Petition[]; isLoading: boolean };

const small = { fontSize: 12 } as const;

/** The register's rows; the petitioner is what the server sends (a denouncer stays masked). */
export function PetitionTable({ items, isLoading }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: TableColumnsType<Petition> = [
    {
      title: t("petitions.code"),
      key: "code",
      width: 160,
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <Link to={`/petitions/${p.id}`} data-testid={`petition-link-${p.code}`}>
            {p.code}
          </Link>
          <Typography.Text type="secondary" style={small}>
            {formatDate(p.receivedDate)}
          </Typography.Text>
          <KindTag kind={p.kind} round={p.round} />
        </Space>
      ),
    },
    {
      title: t("petitions.summary"),
      key: "summary",
      render: (_, p) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{p.summary}</Typography.Text>
          <Typography.Text type="secondary" style={small}>
            {p.unitName} · {channelLabel(p.channel, lang)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t("petitions.petitioner"),
      key: "petitioner",
      width: 170,
      render: (_, p) => (
        <Space size={4} data-testid="petitioner-cell">
          {p.petitioner.confidential && (
            <Tooltip title={t("petitions.confidentialHint")}>
              <LockOutlined aria-label={t("petitions.confidential")} />
            </Tooltip>
          )}
          <span>{p.petitioner.name}</span>
          {p.isGroup && (
            <Tooltip title={t("petitions.signers", { count: p.signerCount })}>
              <TeamOutlined aria-label={t("petitions.group")} />
            </Tooltip>
          )}
        </Space>
      ),
    },
    {
      title: t("common.status"),
      key: "status",
      width: 200,
      render: (_, p) => (
        <Space direction="vertical" size={2}>
          <StatusTag status={p.status} />
          <Typography.Text type="secondary" style={small}>
            {p.handler || p.agency
              ? [p.handler?.fullName ?? t("petitions.noHandler"), p.agency?.name].filter(Boolean).join(" — ")
              : t("petitions.unassigned")}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t("petitions.currentDue"),
      key: "due",
      width: 170,
      render: (_, p) => <DueTag due={p.currentDue} daysLeft={p.daysLeft} />,
    },
  ];
  return (
    <Table<Petition>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 960 }}
      locale={{ emptyText: t("petitions.empty") }}
      data-testid="petition-table"
    />
  );
}
