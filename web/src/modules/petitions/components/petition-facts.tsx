import { LockOutlined } from "@ant-design/icons";
import type { PetitionDetail } from "@danvan/common";
import { Alert, Descriptions, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { channelLabel } from "../labels";

/** Who sent it and what it says. The identity block appears only when the server sent it. */
export function PetitionFacts({ petition: p }: { petition: PetitionDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const who = p.identity;
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="small" data-testid="petition-facts">
      <Descriptions.Item label={t("petitions.unit")}>{p.unitName}</Descriptions.Item>
      <Descriptions.Item label={t("petitions.channel")}>
        {channelLabel(p.channel, lang)}
        {p.source ? ` — ${p.source.bodyName}${p.source.documentNo ? ` (${p.source.documentNo})` : ""}` : ""}
      </Descriptions.Item>
      <Descriptions.Item label={t("petitions.receivedDate")}>
        <span style={{ whiteSpace: "nowrap" }}>{formatDate(p.receivedDate)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t("petitions.applicant.signerCount")}>
        {p.signerCount}
        {p.isGroup ? <Tag style={{ marginInlineStart: 8 }}>{t("petitions.group")}</Tag> : null}
      </Descriptions.Item>
      <Descriptions.Item label={t("petitions.petitioner")} span={2}>
        {who ? (
          <Space direction="vertical" size={0} data-testid="petitioner-identity">
            <Typography.Text strong>{who.fullName}</Typography.Text>
            {who.personalId && (
              <span>
                {t("petitions.applicant.personalId")}: {who.personalId}
              </span>
            )}
            {who.address && <span>{who.address}</span>}
            {(who.phone || who.email) && <span>{[who.phone, who.email].filter(Boolean).join(" · ")}</span>}
            {p.petitioner.confidential && (
              <Alert
                type="warning"
                showIcon
                icon={<LockOutlined />}
                message={t("petitions.identityAudited")}
              />
            )}
          </Space>
        ) : (
          <Space data-testid="petitioner-masked">
            {p.petitioner.confidential && <LockOutlined />}
            <span>{p.petitioner.name}</span>
            {p.petitioner.identifier && <span>({p.petitioner.identifier})</span>}
          </Space>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t("petitions.summary")} span={2}>
        {p.summary}
      </Descriptions.Item>
      <Descriptions.Item label={t("petitions.content")} span={2}>
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>
          {p.content}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label={t("petitions.intake.originals")}>
        {p.hasOriginalDocuments ? t("petitions.yes") : t("petitions.no")}
      </Descriptions.Item>
      <Descriptions.Item label={t("petitions.related")}>
        <Space wrap>
          {p.parent && (
            <Link to={`/petitions/${p.parent.id}`}>
              {t("petitions.relation.firstComplaint")}: {p.parent.name}
            </Link>
          )}
          {p.splitFrom && (
            <Link to={`/petitions/${p.splitFrom.id}`}>
              {t("petitions.relation.splitFrom")}: {p.splitFrom.name}
            </Link>
          )}
          {p.transferredFrom && (
            <Link to={`/petitions/${p.transferredFrom.id}`}>
              {t("petitions.relation.transferredFrom")}: {p.transferredFrom.name}
            </Link>
          )}
          {p.children.map((c) => (
            <Link key={c.id} to={`/petitions/${c.id}`} data-testid={`related-${c.relation}`}>
              {t(`petitions.relation.${c.relation}`, { defaultValue: c.relation })}: {c.code}
            </Link>
          ))}
          {!p.parent && !p.splitFrom && !p.transferredFrom && p.children.length === 0 && "—"}
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}
