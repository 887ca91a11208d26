import { KeyOutlined, PlusOutlined } from "@ant-design/icons";
import type { PendingInteraction } from "@danvan/common";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../../lib/api-client";
import { formatDateTime } from "../../../lib/format";
import { useReportError } from "../../../lib/use-report-error";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useCreateKiosk, useKiosks, useRekeyKiosk } from "../api";
import { SendToKioskButton } from "../components/send-to-kiosk-button";

function usePending() {
  return useQuery({
    queryKey: ["satisfaction", "pending"],
    queryFn: () => api.get<{ items: PendingInteraction[] }>("/satisfaction/pending"),
    refetchInterval: 15_000,
  });
}

/** The clerk's counter view: what just finished (send it to the tablet) and the counters' tablets. */
export default function KiosksPage() {
  const { t } = useTranslation();
  const report = useReportError();
  const kiosks = useKiosks();
  const pending = usePending();
  const create = useCreateKiosk();
  const rekey = useRekeyKiosk();
  const [adding, setAdding] = useState(false);
  const [binding, setBinding] = useState<string | null>(null);
  const [form] = Form.useForm<{ unitId: string; label: string }>();
  const bindUrl = (r: { path: string; key: string }) =>
    `${window.location.origin}${r.path}?key=${encodeURIComponent(r.key)}`;

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("satisfaction.kiosks.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("satisfaction.kiosks.intro")}
      </Typography.Paragraph>
      <Card title={t("satisfaction.kiosks.pending")}>
        <Table<PendingInteraction>
          rowKey={(r) => `${r.kind}:${r.refId}`}
          loading={pending.isLoading}
          dataSource={pending.data?.items ?? []}
          pagination={false}
          size="middle"
          locale={{ emptyText: t("satisfaction.kiosks.pendingEmpty") }}
          columns={[
            {
              title: t("satisfaction.ratings.what"),
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{r.label}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t(`satisfaction.kind.${r.kind}`)}
                    {r.procedureName ? ` · ${r.procedureName}` : ""}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t("satisfaction.ratings.officer"),
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>
                    {r.officerName ?? "—"}{" "}
                    {r.isMine ? <Tag color="blue">{t("satisfaction.kiosks.mine")}</Tag> : null}
                  </span>
                  <Typography.Text type="secondary">{r.unitName}</Typography.Text>
                </Space>
              ),
            },
            {
              title: t("satisfaction.kiosks.finished"),
              render: (_, r) => formatDateTime(r.finishedAt),
              width: 170,
            },
            {
              key: "send",
              width: 230,
              render: (_, r) => <SendToKioskButton kind={r.kind} refId={r.refId} label={r.label} />,
            },
          ]}
        />
      </Card>
      <Card
        title={t("satisfaction.kiosks.counters")}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t("satisfaction.kiosks.add")}
          </Button>
        }
      >
        <Table
          rowKey="id"
          loading={kiosks.isLoading}
          dataSource={kiosks.data?.items ?? []}
          pagination={false}
          size="middle"
          locale={{ emptyText: t("satisfaction.kiosks.countersEmpty") }}
          columns={[
            {
              title: t("satisfaction.kiosks.label"),
              render: (_, k) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{k.label}</Typography.Text>
                  <Typography.Text type="secondary">{k.unitName}</Typography.Text>
                </Space>
              ),
            },
            {
              title: t("satisfaction.kiosks.showing"),
              render: (_, k) =>
                k.current ? (
                  <Tag color="processing">{k.current.label}</Tag>
                ) : (
                  <Tag>{t("satisfaction.kiosks.idle")}</Tag>
                ),
            },
            {
              title: t("satisfaction.kiosks.lastSeen"),
              render: (_, k) =>
                k.lastSeenAt ? formatDateTime(k.lastSeenAt) : t("satisfaction.kiosks.never"),
            },
            {
              key: "rekey",
              width: 170,
              render: (_, k) => (
                <Button
                  icon={<KeyOutlined />}
                  onClick={() =>
                    rekey.mutate(k.id, {
                      onSuccess: (r) => setBinding(bindUrl(r)),
                      onError: (e) => report(e),
                    })
                  }
                >
                  {t("satisfaction.kiosks.rekey")}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={adding}
        title={t("satisfaction.kiosks.add")}
        okText={t("satisfaction.kiosks.add")}
        confirmLoading={create.isPending}
        onCancel={() => setAdding(false)}
        onOk={() =>
          void form.validateFields().then((values) =>
            create.mutate(values, {
              onSuccess: (r) => {
                setAdding(false);
                form.resetFields();
                setBinding(bindUrl(r));
              },
              onError: (e) => report(e, form),
            }),
          )
        }
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="unitId" label={t("satisfaction.kiosks.unit")} rules={[{ required: true }]}>
            <UnitTreeSelect aria-label={t("satisfaction.kiosks.unit")} />
          </Form.Item>
          <Form.Item
            name="label"
            label={t("satisfaction.kiosks.label")}
            rules={[{ required: true, min: 2, max: 100 }]}
          >
            <Input placeholder={t("satisfaction.kiosks.labelPlaceholder")} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!binding}
        title={t("satisfaction.kiosks.bindTitle")}
        footer={null}
        onCancel={() => setBinding(null)}
      >
        <Alert
          type="info"
          showIcon
          message={t("satisfaction.kiosks.bindHelp")}
          style={{ marginBottom: 12 }}
        />
        <Typography.Paragraph
          copyable={{ text: binding ?? "" }}
          code
          data-testid="kiosk-bind-link"
          style={{ wordBreak: "break-all" }}
        >
          {binding}
        </Typography.Paragraph>
      </Modal>
    </Space>
  );
}
