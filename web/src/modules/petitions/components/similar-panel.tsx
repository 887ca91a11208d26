import type { SimilarReason } from "@danvan/common";
import { Alert, Card, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { type Similar, useSimilarPetitions } from "../api";
import { KindTag, StatusTag } from "./petition-tags";

const REASON_COLORS: Record<SimilarReason, string> = {
  same_applicant: "purple",
  similar_content: "blue",
  already_decided: "orange",
  over_level: "gold",
  guided_before: "red",
};

/** Earlier petitions that may repeat this one, with why each was found. */
export function SimilarTable({ items }: { items: Similar[] }) {
  const { t } = useTranslation();
  return (
    <Table<Similar>
      rowKey={(s) => s.petition.id}
      size="small"
      pagination={false}
      dataSource={items}
      scroll={{ x: 800 }}
      data-testid="similar-table"
      columns={[
        {
          title: t("petitions.code"),
          key: "code",
          render: (_, s) => (
            <Link to={`/petitions/${s.petition.id}`} target="_blank">
              {s.petition.code}
            </Link>
          ),
        },
        { title: t("petitions.summary"), key: "summary", render: (_, s) => s.petition.summary },
        { title: t("petitions.kind"), key: "kind", render: (_, s) => <KindTag kind={s.petition.kind} /> },
        {
          title: t("petitions.receivedDate"),
          key: "date",
          render: (_, s) => formatDate(s.petition.receivedDate),
        },
        {
          title: t("common.status"),
          key: "status",
          render: (_, s) => <StatusTag status={s.petition.status} />,
        },
        {
          title: t("petitions.similar.why"),
          key: "reasons",
          render: (_, s) => (
            <>
              {s.reasons.map((r) => (
                <Tag key={r} color={REASON_COLORS[r]}>
                  {t(`petitions.similar.reasons.${r}`)}
                </Tag>
              ))}
              {s.similarity !== null && s.reasons.includes("similar_content") && (
                <Tag>{Math.round(s.similarity * 100)}%</Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}

/** Earlier petitions that may repeat this one, shown before the officer decides. */
export function SimilarPanel({ petitionId, prominent }: { petitionId: string; prominent: boolean }) {
  const { t } = useTranslation();
  const similar = useSimilarPetitions(petitionId, true);
  const items = similar.data ?? [];
  if (!prominent && items.length === 0) {
    return null;
  }
  return (
    <Card
      title={t("petitions.similar.title")}
      size="small"
      data-testid="similar-panel"
      loading={similar.isPending}
    >
      {items.length === 0 ? (
        <Alert type="success" showIcon message={t("petitions.similar.none")} />
      ) : (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            message={t("petitions.similar.found", { count: items.length })}
          />
          <SimilarTable items={items} />
        </>
      )}
    </Card>
  );
}
