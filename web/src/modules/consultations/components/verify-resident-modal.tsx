import { CheckCircleOutlined } from "@ant-design/icons";
import type { ConcernedHousehold, ConsultationDetail } from "@danvan/common";
import { Alert, Button, Descriptions, Form, Input, Modal, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useConcernedHouseholds, useOfficerVerify } from "../api";
import { AreaFilter, type AreaPick, areaLabel } from "./area-filter";

type Values = { memberId?: string; documentNote: string };

/**
 * At a meeting the officer finds the household in the register, checks the representative's identity
 * document in person and notes which one; the household may then take part online with the link given.
 */
export function VerifyResidentModal({ c, onClose }: { c: ConsultationDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [area, setArea] = useState<{ index: number; pick: AreaPick }>({ index: -1, pick: {} });
  const [q, setQ] = useState("");
  const [picked, setPicked] = useState<ConcernedHousehold | null>(null);
  const [done, setDone] = useState<{ link: string; who: string } | null>(null);
  const found = useConcernedHouseholds(c.id, { ...area.pick, q });
  const verify = useOfficerVerify(c.id);
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();

  const submit = (v: Values) => {
    const h = picked!;
    verify.mutate(
      { householdId: h.id, memberId: v.memberId, documentNote: v.documentNote },
      {
        onSuccess: (r) => {
          const member = h.members.find((m) => m.id === v.memberId);
          setDone({
            who: `${member?.fullName ?? h.headName} · ${h.code}`,
            link: `${window.location.origin}/public/consultations/${c.id}#voter=${encodeURIComponent(r.token)}`,
          });
        },
        onError: (e) => reportError(e, form),
      },
    );
  };
  const restart = () => {
    setPicked(null);
    setDone(null);
    form.resetFields();
  };

  return (
    <Modal
      open
      width={820}
      title={t("consultations.verify.title")}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t("consultations.verify.close")}</Button>}
      // on the rendered dialogue, not the zero-size root, so a browser can see it (title included)
      modalRender={(node) => <div data-testid="verify-resident-modal">{node}</div>}
    >
      {done ? (
        <Space direction="vertical" style={{ width: "100%" }} data-testid="verify-done">
          <Alert
            type="success"
            showIcon
            message={t("consultations.verify.done", { who: done.who })}
            description={t("consultations.verify.linkHelp")}
          />
          <Typography.Paragraph copyable={{ text: done.link }} code data-testid="verify-link">
            {done.link}
          </Typography.Paragraph>
          <Button onClick={restart} data-testid="verify-another">
            {t("consultations.verify.another")}
          </Button>
        </Space>
      ) : picked ? (
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ memberId: headOf(picked) }}>
          <Descriptions size="small" bordered column={1} style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t("consultations.households.code")}>{picked.code}</Descriptions.Item>
            <Descriptions.Item label={t("consultations.households.head")}>
              {picked.headName}
            </Descriptions.Item>
            <Descriptions.Item label={t("consultations.households.hamlet")}>
              {areaLabel(picked)}
            </Descriptions.Item>
            <Descriptions.Item label={t("consultations.households.address")}>
              {picked.address}
            </Descriptions.Item>
          </Descriptions>
          {picked.verifiedAt && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              message={t("consultations.verify.already", { at: formatDateTime(picked.verifiedAt, lang) })}
            />
          )}
          <Form.Item name="memberId" label={t("consultations.verify.member")}>
            <Select
              allowClear
              data-testid="verify-member"
              options={picked.members.map((m) => ({
                value: m.id,
                label: `${m.fullName}${m.birthYear ? ` (${m.birthYear})` : ""} – ${m.relation}`,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="documentNote"
            label={t("consultations.verify.document")}
            extra={t("consultations.verify.documentHelp")}
            rules={[
              { required: true, min: 3, max: 200, message: t("consultations.verify.documentRequired") },
            ]}
          >
            <Input maxLength={200} data-testid="verify-document" />
          </Form.Item>
          <Space>
            <Button onClick={restart}>{t("consultations.verify.back")}</Button>
            <Button type="primary" htmlType="submit" loading={verify.isPending} data-testid="verify-submit">
              {t("consultations.verify.submit")}
            </Button>
          </Space>
        </Form>
      ) : (
        <Space direction="vertical" style={{ width: "100%" }}>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t("consultations.verify.help")}
          </Typography.Paragraph>
          <Space wrap>
            <AreaFilter
              c={c}
              value={area.index}
              onChange={(index, pick) => setArea({ index, pick })}
              testId="verify-area"
            />
            <Input.Search
              allowClear
              style={{ width: 320 }}
              placeholder={t("consultations.verify.search")}
              onSearch={setQ}
              enterButton
              data-testid="verify-search"
            />
          </Space>
          <Table<ConcernedHousehold>
            rowKey="id"
            size="small"
            loading={found.isFetching}
            dataSource={found.data?.items ?? []}
            pagination={{ pageSize: 8, hideOnSinglePage: true }}
            locale={{ emptyText: t("consultations.verify.none") }}
            data-testid="verify-results"
            columns={[
              { title: t("consultations.households.code"), dataIndex: "code", width: 110 },
              { title: t("consultations.households.head"), dataIndex: "headName" },
              {
                title: t("consultations.households.hamlet"),
                key: "area",
                render: (_, h) => areaLabel(h),
              },
              {
                title: "",
                key: "pick",
                width: 190,
                render: (_, h) => (
                  <Space>
                    {h.verifiedAt && (
                      <Tag icon={<CheckCircleOutlined />} color="success">
                        {t("consultations.verify.verified")}
                      </Tag>
                    )}
                    <Button size="small" onClick={() => setPicked(h)} data-testid={`verify-pick-${h.code}`}>
                      {t("consultations.verify.pick")}
                    </Button>
                  </Space>
                ),
              },
            ]}
          />
        </Space>
      )}
    </Modal>
  );
}

const headOf = (h: ConcernedHousehold) => h.members.find((m) => m.isHead)?.id;
