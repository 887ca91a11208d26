import { Badge, Card, Empty, List, Space, Spin, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { matterLabel, PHASE_COLORS, phaseLabel } from "../labels";
import { usePublicConsultations } from "../public-api";

/** "Dân biết": what the commune puts to its people, open to anyone without signing in. */
export default function PublicConsultationsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const list = usePublicConsultations();
  return (
    <PublicLayout title={t("consultations.public.listTitle")}>
      <Typography.Paragraph>{t("consultations.public.listIntro")}</Typography.Paragraph>
      {list.isPending ? (
        <Spin />
      ) : (list.data ?? []).length === 0 ? (
        <Empty description={t("consultations.public.none")} />
      ) : (
        <List
          dataSource={list.data ?? []}
          data-testid="public-consultations"
          renderItem={(c) => (
            <List.Item>
              <Card style={{ width: "100%" }} size="small">
                <Space direction="vertical" size={4} style={{ width: "100%" }}>
                  <Link
                    to={`/public/consultations/${c.id}`}
                    style={{ fontSize: 16, fontWeight: 600 }}
                    data-testid={`public-consultation-${c.code}`}
                  >
                    {c.title}
                  </Link>
                  <Space wrap>
                    <Tag color={PHASE_COLORS[c.phase]}>{phaseLabel(c.phase, lang)}</Tag>
                    {c.votingOpen && <Tag color="red">{t("consultations.voting.openTag")}</Tag>}
                    <Typography.Text type="secondary">
                      {c.unitName} · {matterLabel(c.matterType, lang)} · {formatDate(c.updatedAt, lang)}
                    </Typography.Text>
                  </Space>
                  <Space>
                    <Badge
                      count={c.unansweredQuestions}
                      showZero
                      color={c.unansweredQuestions > 0 ? "gold" : "green"}
                    />
                    <Typography.Text type="secondary">
                      {t("consultations.public.unansweredShort")}
                    </Typography.Text>
                  </Space>
                </Space>
              </Card>
            </List.Item>
          )}
        />
      )}
    </PublicLayout>
  );
}
