import type { ArchiveGround, DecidePetitionInput, PetitionDecision, PetitionDetail } from "@danvan/common";
import { LIMITS } from "@danvan/common";
import { Alert, Checkbox, DatePicker, Form, Input, Radio, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormModal } from "../../../../components/form-modal";
import { isApiError } from "../../../../lib/api-client";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../../lib/dates";
import { formatDate } from "../../../../lib/format";
import { useLang } from "../../../../lib/use-lang";
import { useReportError } from "../../../../lib/use-report-error";
import { usePetitionStep } from "../../api";
import { ARCHIVE_GROUNDS, groundLabel } from "../../labels";
import { usePublicPetitionUnits } from "../../public-api";

type Values = {
  action: PetitionDecision;
  decisionDate: Dayjs;
  decisionNo?: string;
  note?: string;
  lateReason?: string;
  complex?: boolean;
  complexJustification?: string;
  guidance?: string;
  targetUnitId?: string;
  targetBodyName?: string;
  ground?: ArchiveGround;
};

const blank = (s?: string) => (s?.trim() ? s.trim() : undefined);

function inputOf(v: Values): DecidePetitionInput {
  const base = {
    decisionDate: toIsoDate(v.decisionDate) ?? undefined,
    decisionNo: blank(v.decisionNo),
    note: blank(v.note),
    lateReason: blank(v.lateReason),
  };
  switch (v.action) {
    case "accept":
      return {
        action: "accept",
        ...base,
        complex: !!v.complex,
        complexJustification: blank(v.complexJustification),
      };
    case "guide":
      return {
        action: "guide",
        ...base,
        guidance: v.guidance ?? "",
        targetUnitId: v.targetUnitId,
        targetBodyName: blank(v.targetBodyName),
      };
    case "transfer":
      return { action: "transfer", ...base, targetUnitId: v.targetUnitId ?? "" };
    case "archive":
      return { action: "archive", ...base, ground: v.ground ?? "other", note: v.note ?? "" };
  }
}

/** Accept (thụ lý), guide once, transfer once, or archive with its legal ground. */
export function DecideModal({ petition, onClose }: { petition: PetitionDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [form] = Form.useForm<Values>();
  const action = Form.useWatch("action", form);
  const date = Form.useWatch("decisionDate", form);
  const complex = Form.useWatch("complex", form);
  const units = usePublicPetitionUnits();
  const step = usePetitionStep(petition.id, "decide");
  const reportError = useReportError();
  const [earlier, setEarlier] = useState<string | null>(null);
  const c = petition.classification;
  // An anonymous denunciation is information only: it is transferred or archived, never accepted or guided.
  const isInformation = petition.status === "information";
  const canAccept = !isInformation && !!c?.eligible && !!c.withinCompetence;
  const outside = c?.withinCompetence === false;
  const late = (toIsoDate(date) ?? "") > petition.processDue;
  const unitOptions = (units.data ?? [])
    .filter((u) => u.id !== petition.unitId)
    .map((u) => ({ value: u.id, label: u.name }));

  const handleFinish = (v: Values) => {
    setEarlier(null);
    step.mutate(inputOf(v), {
      onSuccess: onClose,
      onError: (error) => {
        const once = isApiError(error) ? error.details.find((d) => d.path === "earlierPetition") : undefined;
        if (once) {
          setEarlier(once.message);
          return;
        }
        reportError(error, form);
      },
    });
  };

  return (
    <FormModal
      title={t("petitions.actions.decide")}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      width={680}
      testId="decide-modal"
    >
      <Typography.Paragraph type="secondary">
        {t("petitions.decide.processDue", { date: formatDate(petition.processDue) })}
      </Typography.Paragraph>
      {earlier && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="once-only-refusal"
          message={t("petitions.decide.onceOnlyTitle")}
          description={
            <span>
              {t("petitions.decide.onceOnlyText")}{" "}
              <Link to={`/petitions?q=${encodeURIComponent(earlier)}&status=any`}>{earlier}</Link>
            </span>
          }
        />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          action: canAccept ? "accept" : outside ? (isInformation ? "transfer" : "guide") : "archive",
          decisionDate: dayjs(),
        }}
      >
        <Form.Item name="action" label={t("petitions.decide.action")}>
          <Radio.Group data-testid="decide-action">
            <Radio value="accept" disabled={!canAccept} data-testid="decide-accept">
              {t("petitions.decisions.accept")}
            </Radio>
            <Radio value="guide" disabled={!outside || isInformation} data-testid="decide-guide">
              {t("petitions.decisions.guide")}
            </Radio>
            <Radio value="transfer" disabled={!outside} data-testid="decide-transfer">
              {t("petitions.decisions.transfer")}
            </Radio>
            <Radio value="archive" data-testid="decide-archive">
              {t("petitions.decisions.archive")}
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t(`petitions.decide.hint.${action ?? "accept"}`)}
        </Typography.Paragraph>
        <Form.Item name="decisionDate" label={t("petitions.decide.date")} rules={[{ required: true }]}>
          <DatePicker
            format={DATE_INPUT_FORMAT}
            disabledDate={(d) => d.isAfter(dayjs(), "day") || d.isBefore(dayjs(petition.receivedDate), "day")}
            data-testid="decide-date"
          />
        </Form.Item>
        <Form.Item name="decisionNo" label={t("petitions.decide.documentNo")}>
          <Input maxLength={LIMITS.code} data-testid="decide-document-no" />
        </Form.Item>
        {action === "accept" && (
          <>
            <Form.Item name="complex" valuePropName="checked" extra={t("petitions.decide.complexHint")}>
              <Checkbox data-testid="decide-complex">{t("petitions.decide.complex")}</Checkbox>
            </Form.Item>
            {complex && (
              <Form.Item
                name="complexJustification"
                label={t("petitions.decide.complexJustification")}
                rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
              >
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            )}
          </>
        )}
        {action === "guide" && (
          <>
            <Form.Item
              name="guidance"
              label={t("petitions.decide.guidance")}
              rules={[
                { required: true, whitespace: true, min: 5, message: t("validation.minLength", { min: 5 }) },
              ]}
            >
              <Input.TextArea rows={3} maxLength={2000} data-testid="decide-guidance" />
            </Form.Item>
            <Form.Item name="targetUnitId" label={t("petitions.decide.targetUnit")}>
              <Select
                showSearch
                optionFilterProp="label"
                allowClear
                options={unitOptions}
                loading={units.isPending}
              />
            </Form.Item>
            <Form.Item name="targetBodyName" label={t("petitions.decide.targetBodyName")}>
              <Input maxLength={LIMITS.name} />
            </Form.Item>
          </>
        )}
        {action === "transfer" && (
          <Form.Item
            name="targetUnitId"
            label={t("petitions.decide.targetUnit")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={unitOptions}
              loading={units.isPending}
              data-testid="decide-target-unit"
            />
          </Form.Item>
        )}
        {action === "archive" && (
          <Form.Item
            name="ground"
            label={t("petitions.decide.ground")}
            rules={[{ required: true, message: t("validation.required") }]}
          >
            <Select
              options={ARCHIVE_GROUNDS.map((g) => ({ value: g, label: groundLabel(g, lang) }))}
              data-testid="decide-ground"
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t("petitions.decide.note")}
          rules={
            action === "archive"
              ? [{ required: true, whitespace: true, min: 3, message: t("validation.minLength", { min: 3 }) }]
              : []
          }
        >
          <Input.TextArea rows={2} maxLength={2000} data-testid="decide-note" />
        </Form.Item>
        {late && (
          <Form.Item
            name="lateReason"
            label={t("petitions.decide.lateReason")}
            extra={t("petitions.decide.lateHint")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input.TextArea rows={2} maxLength={2000} data-testid="decide-late-reason" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
