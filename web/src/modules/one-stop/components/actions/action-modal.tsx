import type { DossierDetail } from "@danvan/common";
import { Alert, DatePicker, Form, Input, Radio, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { FormModal } from "../../../../components/form-modal";
import { isApiError } from "../../../../lib/api-client";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../../lib/dates";
import { blankToNull } from "../../../../lib/form-values";
import { formatDate } from "../../../../lib/format";
import { useDossierHandlers, useDossierStep, useProcedure } from "../../api";
import { answerInput } from "../../missing-rows";
import { DocumentsChecklist } from "../documents-checklist";
import { type MissingItem, MissingItemsField } from "../missing-items-field";
import { documentOf, placedErrors, unplacedError } from "./action-errors";
import { ACTIONS, type Action, type Field, type Values } from "./action-specs";
import { SupplementDocumentsItem, supplementRows } from "./supplement-documents";

type Props = { dossier: DossierDetail; action: Action; onClose: () => void };

/** One dialog for every lifecycle action; fields come from the action's spec, errors from the server. */
export function ActionModal({ dossier, action, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const spec = ACTIONS[action];
  const has = (f: Field) => spec.fields.includes(f);
  const step = useDossierStep(dossier.id, spec.verb);
  const needsProcedure = has("items") || has("documents");
  const procedure = useProcedure(needsProcedure ? dossier.procedure.id : undefined);
  const pickers = has("handler") || has("nextHandler") || has("assignee");
  const handlers = useDossierHandlers(dossier.id, pickers);
  const decision = Form.useWatch("decision", form);
  const current = dossier.currentStep;
  const isLastStep =
    current !== null && !dossier.steps.some((s) => s.round === dossier.round && s.stepNo > current.stepNo);
  const errorText = unplacedError(step.error, has, t);
  const catalogue = procedure.data?.documents ?? [];
  const isSupplement = action === "supplement";
  const supplement = supplementRows(dossier, catalogue);
  const rows = isSupplement ? supplement.rows : catalogue;

  const submit = (v: Values) => {
    const body: Record<string, unknown> = {};
    if (has("note")) {
      body.note = blankToNull(v.note);
    }
    if (has("reason")) {
      body.reason = v.reason?.trim();
    }
    if (has("items")) {
      body.items = v.items ?? [];
    }
    const docs = v.documents ?? [];
    if (has("documents") && (isSupplement || docs.length > 0)) {
      body.documents = isSupplement ? docs.map((d) => answerInput(d, supplement.itemOf)) : docs;
    }
    if (has("handler")) {
      body.handlerId = v.handlerId ?? null;
    }
    if (has("nextHandler")) {
      body.stepNo = current?.stepNo;
      body.nextHandlerId = isLastStep ? null : (v.handlerId ?? null);
    }
    if (has("assignee")) {
      body.stepNo = current?.stepNo;
      body.handlerId = v.handlerId;
    }
    if (has("date")) {
      body.newAppointmentDate = toIsoDate(v.date);
    }
    if (has("decision")) {
      body.decision = v.decision;
      body.resultNo = blankToNull(v.resultNo);
      body.reason = v.decision === "denied" ? v.reason?.trim() : null;
    }
    step.mutate(body, {
      onSuccess: onClose,
      onError: (e) => {
        if (isApiError(e)) {
          const placed = placedErrors(e, has, (path) => documentOf(path, docs, rows));
          form.setFields(placed);
        }
      },
    });
  };

  const required = { required: true, message: t("validation.required") };
  const handlerOptions = (handlers.data ?? []).map((h) => ({
    value: h.id,
    label: h.agencyName ? `${h.name} — ${h.agencyName}` : h.name,
  }));

  return (
    <FormModal
      title={t(`onestop.actions.${action}`)}
      isSubmitting={step.isPending}
      onSubmit={() => form.submit()}
      onCancel={onClose}
      danger={spec.danger}
      width={needsProcedure ? 820 : 560}
      submitLabel={t(`onestop.actions.${action}`)}
      testId={`action-modal-${action}`}
    >
      <Typography.Paragraph type="secondary">{t(`onestop.actionHints.${action}`)}</Typography.Paragraph>
      {current && (has("nextHandler") || has("assignee")) && (
        <Typography.Paragraph strong>
          {t("onestop.stepN", { n: current.stepNo })}: {current.name}
        </Typography.Paragraph>
      )}
      {action === "reappoint" && dossier.appointmentDate && (
        <Typography.Paragraph>
          {t("onestop.currentAppointment")}: {formatDate(dossier.appointmentDate)}
        </Typography.Paragraph>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ items: [], documents: [], decision: "granted" }}
        onFinish={submit}
      >
        {has("items") && (
          <Form.Item
            name="items"
            label={t("onestop.missing.label")}
            rules={[
              {
                validator: (_, v: MissingItem[] | undefined) =>
                  v && v.length > 0
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("onestop.missing.none"))),
              },
            ]}
          >
            <MissingItemsField documents={procedure.data?.documents ?? []} />
          </Form.Item>
        )}
        {has("documents") && isSupplement && (
          <SupplementDocumentsItem rows={supplement.rows} given={supplement.given} />
        )}
        {has("documents") && !isSupplement && (
          <Form.Item name="documents" label={t("onestop.documentsGiven")}>
            <DocumentsChecklist documents={catalogue} given={dossier.documents.map((d) => d.key)} withFiles />
          </Form.Item>
        )}
        {has("handler") && (
          <Form.Item name="handlerId" label={t("onestop.handler")} extra={t("onestop.handlerHint")}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={handlers.isPending}
              options={handlerOptions}
              data-testid="action-handler"
            />
          </Form.Item>
        )}
        {has("nextHandler") && !isLastStep && (
          <Form.Item name="handlerId" label={t("onestop.nextHandler")} extra={t("onestop.handlerHint")}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              loading={handlers.isPending}
              options={handlerOptions}
              data-testid="action-handler"
            />
          </Form.Item>
        )}
        {has("nextHandler") && isLastStep && (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t("onestop.lastStepHint")} />
        )}
        {has("assignee") && (
          <Form.Item name="handlerId" label={t("onestop.handler")} rules={[required]}>
            <Select
              showSearch
              optionFilterProp="label"
              loading={handlers.isPending}
              options={handlerOptions}
              data-testid="action-handler"
            />
          </Form.Item>
        )}
        {has("date") && (
          <Form.Item name="date" label={t("onestop.newAppointment")} rules={[required]}>
            <DatePicker format={DATE_INPUT_FORMAT} style={{ width: 200 }} data-testid="action-date" />
          </Form.Item>
        )}
        {has("decision") && (
          <>
            <Form.Item name="decision" label={t("onestop.decision.label")}>
              <Radio.Group data-testid="action-decision">
                <Radio value="granted">{t("onestop.decision.granted")}</Radio>
                <Radio value="denied">{t("onestop.decision.denied")}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item name="resultNo" label={t("onestop.resultNo")}>
              <Input maxLength={50} data-testid="action-result-no" />
            </Form.Item>
          </>
        )}
        {(has("reason") || (has("decision") && decision === "denied")) && (
          <Form.Item
            name="reason"
            label={t("onestop.reason")}
            rules={[required, { min: 5, message: t("validation.minLength", { min: 5 }) }]}
          >
            <Input.TextArea rows={3} maxLength={2000} data-testid="action-reason" />
          </Form.Item>
        )}
        {has("note") && (
          <Form.Item name="note" label={t("onestop.note")}>
            <Input.TextArea rows={2} maxLength={2000} data-testid="action-note" />
          </Form.Item>
        )}
      </Form>
      {errorText && <Alert type="error" showIcon message={errorText} data-testid="action-error" />}
    </FormModal>
  );
}
