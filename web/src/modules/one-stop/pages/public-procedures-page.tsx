import { DOSSIER_CODE_PATTERN, dossierTrackingPath } from "@danvan/common";
import { Button, Card, Empty, Form, Input, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PublicLayout } from "../../../app/public-layout";
import { LoadMore } from "../../../components/load-more";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { usePublicProcedures } from "../public-api";

/** The published catalogue: procedures a citizen can file online, and the lookup of a dossier by code. */
export default function PublicProceduresPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [q, setQ] = useState("");
  const list = usePublicProcedures(useDebouncedValue(q));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <PublicLayout title={t("onestop.public.title")}>
      <Card title={t("onestop.public.trackTitle")} size="small">
        <Form
          layout="inline"
          onFinish={(v: { code: string }) => navigate(dossierTrackingPath(v.code.trim()))}
        >
          <Form.Item
            name="code"
            rules={[
              { required: true, whitespace: true, message: t("validation.required") },
              { pattern: DOSSIER_CODE_PATTERN, message: t("onestop.public.codeFormat") },
            ]}
          >
            <Input placeholder="16939-261201-0001" style={{ width: 260 }} data-testid="track-code" />
          </Form.Item>
          <Button type="primary" htmlType="submit" data-testid="track-submit">
            {t("onestop.public.track")}
          </Button>
        </Form>
      </Card>
      <Card title={t("onestop.public.catalogue")}>
        <Typography.Paragraph type="secondary">{t("onestop.public.intro")}</Typography.Paragraph>
        <Input.Search
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t("onestop.catalogue.search")}
          style={{ maxWidth: 420, marginBottom: 16 }}
          data-testid="public-procedure-search"
        />
        <List
          dataSource={items}
          loading={list.isPending}
          locale={{ emptyText: <Empty description={t("onestop.public.noProcedures")} /> }}
          data-testid="public-procedures"
          renderItem={(p) => (
            <List.Item
              actions={[
                p.onlineLevel === "none" ? (
                  <Typography.Text key="counter" type="secondary">
                    {t("onestop.public.counterOnly")}
                  </Typography.Text>
                ) : (
                  <Link key="file" to={`/public/ho-so/nop/${p.id}`} data-testid={`public-file-${p.code}`}>
                    <Button type="primary">{t("onestop.public.fileOnline")}</Button>
                  </Link>
                ),
              ]}
            >
              <List.Item.Meta
                title={p.name}
                description={
                  <Space size={4} wrap>
                    <span>
                      {p.unitName} · {p.field} ·{" "}
                      {p.processingDays === 0
                        ? t("onestop.sameDay")
                        : t("onestop.workingDays", { count: p.processingDays })}
                    </span>
                    <Tag>{t(`onestop.online.${p.onlineLevel}`)}</Tag>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
        <LoadMore
          hasMore={list.hasNextPage}
          isLoading={list.isFetchingNextPage}
          shown={items.length}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </Card>
    </PublicLayout>
  );
}
