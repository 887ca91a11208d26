import { type CreateEntryBody, OUTCOME_LABELS, PETITION_KIND_LABELS, REFUSAL_GROUNDS } from "@danvan/common";
import {
  App,
  Button,
  Col,
  Divider,
  Drawer,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Typography,
} from "antd";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../../lib/api-client";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useCreateEntry } from "../api";
import { optionsOf } from "../labels";
import { GroupRepresentativesFields } from "./group-representatives-fields";

const GROUP_FROM = 5;

/** A line of the reception book (Mẫu sổ tiếp công dân), written during the session. */
export function EntryFormDrawer({
  sessionId,
  date,
  onClose,
}: {
  sessionId: string;
  date: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateEntryBody>();
  const create = useCreateEntry(sessionId);
  const report = useReportError();
  const people = Form.useWatch("peopleCount", form) ?? 1;
  const outcome = Form.useWatch("outcome", form);
  const isGroup = people >= GROUP_FROM;
  const grounds = Object.entries(REFUSAL_GROUNDS)
    .filter(([, g]) => g.effectiveFrom <= date)
    .map(([value, g]) => ({ value, label: `${g[lang]} (${g.source})` }));

  const handleFinish = (v: CreateEntryBody) => {
    const clean = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
    create.mutate(
      {
        ...v,
        visitor: { ...v.visitor, personalId: clean(v.visitor.personalId), phone: clean(v.visitor.phone) },
        representatives: isGroup ? (v.representatives ?? []) : [],
        appointmentFileId: isGroup ? (v.appointmentFileId ?? null) : null,
        request: clean(v.request),
        previouslyHandledBy: clean(v.previouslyHandledBy),
        followUp: clean(v.followUp),
        note: clean(v.note),
        guidance: outcome === "guided" ? v.guidance : null,
        transfer: outcome === "transferred" ? v.transfer : null,
        refusal: outcome === "refused" ? v.refusal : null,
      },
      {
        onSuccess: (e) => {
          message.success(t("reception.entry.saved", { seq: e.seq }));
          onClose();
        },
        onError: (e) => {
          report(e, form);
          // A list's own errors are not shown by setFields: say the representatives rule out loud.
          const onList = isApiError(e) ? e.details.find((d) => d.path === "representatives") : undefined;
          if (onList) {
            message.error(onList.message);
          }
        },
      },
    );
  };

  return (
    <Drawer
      open
      width={760}
      title={t("reception.entry.new")}
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() => form.submit()}
            data-testid="entry-save"
          >
            {t("common.save")}
          </Button>
        </Space>
      }
    >
      <Form<CreateEntryBody>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          kind: "complaint",
          peopleCount: 1,
          withinCompetence: true,
          outcome: "accepted",
          representatives: [],
        }}
      >
        <Typography.Title level={5}>{t("reception.entry.visitor")}</Typography.Title>
        <Typography.Paragraph type="secondary">{t("reception.entry.confidential")}</Typography.Paragraph>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name={["visitor", "fullName"]}
              label={t("reception.entry.fullName")}
              rules={[{ required: true }]}
            >
              <Input maxLength={200} data-testid="entry-name" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={["visitor", "personalId"]} label={t("reception.entry.personalId")}>
              <Input maxLength={12} data-testid="entry-personal-id" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name={["visitor", "address"]} label={t("common.address")} rules={[{ required: true }]}>
              <Input maxLength={500} data-testid="entry-address" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={["visitor", "phone"]} label={t("common.phone")}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item
              name="peopleCount"
              label={t("reception.entry.peopleCount")}
              extra={t("reception.entry.groupHelp")}
            >
              <InputNumber min={1} max={10000} style={{ width: "100%" }} data-testid="entry-people" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="kind" label={t("reception.entry.kind")}>
              <Radio.Group
                options={optionsOf(PETITION_KIND_LABELS, lang)}
                optionType="button"
                data-testid="entry-kind"
              />
            </Form.Item>
          </Col>
        </Row>
        {isGroup && <GroupRepresentativesFields />}
        <Divider titlePlacement="start">{t("reception.entry.matter")}</Divider>
        <Form.Item name="summary" label={t("reception.entry.summary")} rules={[{ required: true, min: 10 }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount data-testid="entry-summary" />
        </Form.Item>
        <Form.Item name="request" label={t("reception.entry.request")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="previouslyHandledBy" label={t("reception.entry.previouslyHandledBy")}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item name="withinCompetence" label={t("reception.entry.competence")}>
              <Radio.Group
                options={[
                  { value: true, label: t("reception.entry.within") },
                  { value: false, label: t("reception.entry.outside") },
                ]}
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="outcome" label={t("reception.entry.outcome")}>
              <Select options={optionsOf(OUTCOME_LABELS, lang)} data-testid="entry-outcome" />
            </Form.Item>
          </Col>
        </Row>
        {outcome === "guided" && (
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item
                name={["guidance", "body"]}
                label={t("reception.entry.guidedTo")}
                rules={[{ required: true }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={["guidance", "documentNo"]} label={t("reception.entry.documentNo")}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {outcome === "transferred" && (
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item
                name={["transfer", "body"]}
                label={t("reception.entry.transferredTo")}
                rules={[{ required: true }]}
              >
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={["transfer", "documentNo"]} label={t("reception.entry.documentNo")}>
                <Input maxLength={40} />
              </Form.Item>
            </Col>
          </Row>
        )}
        {outcome === "refused" && (
          <>
            <Form.Item
              name={["refusal", "ground"]}
              label={t("reception.entry.refusalGround")}
              rules={[{ required: true }]}
            >
              <Select options={grounds} data-testid="entry-refusal-ground" />
            </Form.Item>
            <Form.Item
              name={["refusal", "explanation"]}
              label={t("reception.entry.refusalExplanation")}
              rules={[{ required: true, min: 5 }]}
            >
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Form.Item name={["refusal", "noticeNo"]} label={t("reception.entry.noticeNo")}>
              <Input maxLength={40} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="followUp"
          label={t("reception.entry.followUp")}
          extra={t("reception.entry.followUpHint")}
        >
          <Input.TextArea rows={2} maxLength={2000} data-testid="entry-follow-up" />
        </Form.Item>
        <Form.Item name="note" label={t("reception.fields.note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
