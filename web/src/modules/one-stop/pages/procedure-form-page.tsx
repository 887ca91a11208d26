import { ONESTOP_LIMITS, type OnlineLevel, type Procedure, type ProcedureLevel } from "@danvan/common";
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Typography,
} from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { isApiError } from "../../../lib/api-client";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { applyFieldErrors } from "../../../lib/form-errors";
import { blankToNull } from "../../../lib/form-values";
import { useAgencies } from "../../directory/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useProcedure, useSaveProcedure } from "../api";
import { DocumentsList, FeesList, StepsList } from "../components/procedure-lists";
import { ONLINE_LEVELS, PROCEDURE_LEVELS } from "../labels";

type Values = Omit<Procedure, "effectiveFrom" | "effectiveTo" | "steps" | "legalBasis"> & {
  legalBasis?: string;
  effectiveFrom: Dayjs;
  effectiveTo?: Dayjs | null;
  steps: { name: string; agencyId: string | null; days: number }[];
};

const toValues = (p: Procedure): Values => ({
  ...p,
  legalBasis: p.legalBasis ?? undefined,
  effectiveFrom: dayjs(p.effectiveFrom),
  effectiveTo: p.effectiveTo ? dayjs(p.effectiveTo) : null,
  steps: p.steps.map((s) => ({ name: s.name, agencyId: s.agency?.id ?? null, days: s.days })),
});

function ProcedureForm({ procedure }: { procedure?: Procedure }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const save = useSaveProcedure(procedure?.id);
  const unitId = Form.useWatch("unitId", form) ?? procedure?.unitId;
  const agencies = useAgencies(unitId);
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const required = { required: true, message: t("validation.required") };
  const agencyOptions = (agencies.data ?? []).map((a) => ({ value: a.id, label: a.name }));

  const submit = (v: Values) => {
    setUnplaced([]);
    const body = {
      name: v.name,
      field: v.field,
      level: v.level as ProcedureLevel,
      processingDays: v.processingDays,
      fees: v.fees ?? [],
      documents: (v.documents ?? []).map((d) => ({ ...d, required: !!d.required })),
      onlineLevel: v.onlineLevel as OnlineLevel,
      steps: v.steps ?? [],
      resultDocument: v.resultDocument,
      legalBasis: blankToNull(v.legalBasis),
      isPublished: !!v.isPublished,
      isPostedAtCounter: !!v.isPostedAtCounter,
      effectiveFrom: toIsoDate(v.effectiveFrom)!,
      effectiveTo: toIsoDate(v.effectiveTo),
    };
    save.mutate(procedure ? body : { ...body, unitId: v.unitId, code: v.code }, {
      onSuccess: (p) => navigate(`/onestop/procedures/${p.id}`),
      onError: (e) => {
        if (!isApiError(e)) {
          setUnplaced([t("errors.unexpected")]);
          return;
        }
        applyFieldErrors(form, e);
        // List-level rules (the steps' budgets exceed the processing time) have no single field.
        const lists = e.details.filter((d) => /^(steps|documents|fees)$/.test(d.path)).map((d) => d.message);
        setUnplaced(e.details.length === 0 ? [e.message || t(`errors.${e.code}`)] : lists);
      },
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={
        procedure
          ? toValues(procedure)
          : {
              level: "commune",
              onlineLevel: "partial",
              processingDays: 0,
              fees: [],
              documents: [{ key: "don", name: "", originals: 1, copies: 0, required: true }],
              steps: [{ name: "", agencyId: null, days: 0 }],
              isPublished: true,
              isPostedAtCounter: true,
              effectiveFrom: dayjs(),
            }
      }
      style={{ maxWidth: 1100 }}
    >
      <Row gutter={16}>
        {!procedure && (
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t("onestop.unit")} rules={[required]}>
              <UnitTreeSelect data-testid="procedure-unit" />
            </Form.Item>
          </Col>
        )}
        {!procedure && (
          <Col xs={24} md={12}>
            <Form.Item
              name="code"
              label={t("onestop.procedureCode")}
              extra={t("onestop.form.codeHint")}
              rules={[required]}
            >
              <Input maxLength={40} data-testid="procedure-code" />
            </Form.Item>
          </Col>
        )}
        <Col xs={24}>
          <Form.Item name="name" label={t("onestop.procedureName")} rules={[required]}>
            <Input maxLength={ONESTOP_LIMITS.procedureName} data-testid="procedure-name-input" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="field" label={t("onestop.field")} rules={[required]}>
            <Input maxLength={ONESTOP_LIMITS.field} data-testid="procedure-field" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="level" label={t("onestop.level")} rules={[required]}>
            <Select options={PROCEDURE_LEVELS.map((l) => ({ value: l, label: t(`onestop.levels.${l}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="processingDays" label={t("onestop.processingDays")} rules={[required]}>
            <InputNumber
              min={0}
              max={ONESTOP_LIMITS.maxDays}
              style={{ width: "100%" }}
              addonAfter={t("onestop.form.days")}
              data-testid="procedure-days"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="onlineLevel" label={t("onestop.onlineLevel")} rules={[required]}>
            <Select options={ONLINE_LEVELS.map((l) => ({ value: l, label: t(`onestop.online.${l}`) }))} />
          </Form.Item>
        </Col>
      </Row>

      <FeesList />
      <DocumentsList />
      <StepsList agencyOptions={agencyOptions} loading={agencies.isPending} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="resultDocument" label={t("onestop.resultDocument")} rules={[required]}>
            <Input maxLength={400} data-testid="procedure-result" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="legalBasis" label={t("onestop.legalBasis")}>
            <Input maxLength={4000} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="effectiveFrom" label={t("onestop.form.effectiveFrom")} rules={[required]}>
            <DatePicker format={DATE_INPUT_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="effectiveTo" label={t("onestop.form.effectiveTo")}>
            <DatePicker format={DATE_INPUT_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="isPublished" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{t("onestop.form.isPublished")}</Checkbox>
          </Form.Item>
          <Form.Item name="isPostedAtCounter" valuePropName="checked">
            <Checkbox>{t("onestop.form.isPosted")}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      {unplaced.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          message={unplaced.join(" ")}
          data-testid="procedure-error"
        />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="procedure-save">
          {t("common.save")}
        </Button>
        <Link to={procedure ? `/onestop/procedures/${procedure.id}` : "/onestop/procedures"}>
          <Button>{t("common.cancel")}</Button>
        </Link>
      </Space>
    </Form>
  );
}

/** Add a procedure to a unit's catalogue, or replace one's content (its unit and code stay). */
export default function ProcedureFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useProcedure(id);
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {id ? t("onestop.form.editTitle") : t("onestop.form.newTitle")}
      </Typography.Title>
      {id && query.isPending && <Spin />}
      {id && query.isError && <Result status="404" title={t("onestop.catalogue.notFound")} />}
      {(!id || query.data) && <ProcedureForm procedure={query.data} />}
    </Card>
  );
}
