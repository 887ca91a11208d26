import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import type { ConsultationDetail, ConsultationPhase, MatterType } from "@danvan/common";
import { Alert, Button, Card, Col, DatePicker, Form, Input, Radio, Row, Select, Space, Spin } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { DATE_INPUT_FORMAT, toIsoDate } from "../../../lib/dates";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useMe } from "../../auth/api";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { PersonSelect } from "../../tasks/components/person-select";
import { useCommitmentPeople, useConsultation, useCreateConsultation, useUpdateConsultation } from "../api";
import { FilesField, type StoredFile } from "../components/files-field";
import { matterOptions, phaseOptions } from "../labels";

type PhaseRow = { phase: ConsultationPhase; start: Dayjs; end?: Dayjs | null };
type Values = {
  unitId: string;
  title: string;
  summary: string;
  matterType: MatterType;
  voteBasis: "household" | "person";
  phases: PhaseRow[];
  areas: { unitId: string; hamlet?: string }[];
  files: StoredFile[];
  ownerId: string;
  directorId: string;
};

/** Opens a consultation (draft) or edits its wording, phase dates and documents. */
export default function ConsultationFormPage() {
  const { id } = useParams();
  const existing = useConsultation(id);
  if (id && !existing.data) {
    return <Spin />;
  }
  return <ConsultationForm existing={existing.data} />;
}

function ConsultationForm({ existing }: { existing?: ConsultationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch("unitId", form) ?? existing?.unitId ?? me.unitId;
  const people = useCommitmentPeople(unitId);
  const create = useCreateConsultation();
  const update = useUpdateConsultation(existing?.id ?? "");
  const editing = !!existing;

  const initial: Partial<Values> = existing
    ? {
        unitId: existing.unitId,
        title: existing.title,
        summary: existing.summary,
        matterType: existing.matterType,
        voteBasis: existing.voteBasis,
        phases: existing.phases.map((p) => ({
          phase: p.phase,
          start: dayjs(p.startDate),
          end: p.endDate ? dayjs(p.endDate) : null,
        })),
        files: existing.files.map((f) => ({ id: f.id, name: f.name })),
      }
    : {
        unitId: me.unitId,
        matterType: "other",
        voteBasis: "household",
        phases: [{ phase: "information", start: dayjs(), end: dayjs().add(14, "day") }],
        areas: [{ unitId: "" }],
        files: [],
        ownerId: me.id,
        directorId: me.id,
      };

  const submit = async () => {
    const v = await form.validateFields();
    const phases = v.phases.map((p) => ({
      phase: p.phase,
      startDate: toIsoDate(p.start) ?? "",
      endDate: toIsoDate(p.end ?? null),
    }));
    const fileIds = (v.files ?? []).map((f) => f.id);
    try {
      const saved = editing
        ? await update.mutateAsync({ title: v.title, summary: v.summary, phases, fileIds })
        : await create.mutateAsync({
            unitId: v.unitId,
            title: v.title,
            summary: v.summary,
            matterType: v.matterType,
            voteBasis: v.voteBasis,
            phases,
            areas: v.areas.map((a) => ({ unitId: a.unitId, hamlet: a.hamlet?.trim() || null })),
            fileIds,
            ownerId: v.ownerId,
            directorId: v.directorId,
          });
      navigate(`/consultations/${saved.id}`);
    } catch (error) {
      reportError(error, form);
    }
  };

  const required = [{ required: true, message: t("consultations.form.required") }];
  return (
    <Card title={editing ? t("consultations.form.editTitle") : t("consultations.form.newTitle")}>
      <Form<Values> form={form} layout="vertical" initialValues={initial} style={{ maxWidth: 900 }}>
        <Form.Item name="unitId" label={t("consultations.fields.unit")} rules={required}>
          <UnitTreeSelect disabled={editing} data-testid="consultation-unit" />
        </Form.Item>
        <Form.Item name="title" label={t("consultations.fields.title")} rules={required}>
          <Input maxLength={300} data-testid="consultation-title" />
        </Form.Item>
        <Form.Item
          name="summary"
          label={t("consultations.fields.summary")}
          extra={t("consultations.form.summaryHelp")}
          rules={required}
        >
          <Input.TextArea rows={5} data-testid="consultation-summary" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="matterType"
              label={t("consultations.fields.matterType")}
              extra={t("consultations.form.matterHelp")}
              rules={required}
            >
              <Select disabled={editing} options={matterOptions(lang)} data-testid="consultation-matter" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="voteBasis" label={t("consultations.fields.voteBasis")}>
              <Radio.Group disabled={editing}>
                <Radio value="household">{t("consultations.form.perHousehold")}</Radio>
                <Radio value="person">{t("consultations.form.perPerson")}</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
        </Row>
        {!editing && (
          <>
            <Form.Item label={t("consultations.fields.areas")} extra={t("consultations.form.areasHelp")}>
              <Form.List name="areas">
                {(fields, { add, remove }) => (
                  <Space direction="vertical" style={{ width: "100%" }}>
                    {fields.map((f, i) => (
                      <Space key={f.key} align="start" wrap>
                        <Form.Item name={[f.name, "unitId"]} rules={required} noStyle>
                          <UnitTreeSelect
                            placeholder={t("consultations.fields.unit")}
                            style={{ width: 320 }}
                            data-testid={`consultation-area-${i}`}
                          />
                        </Form.Item>
                        <Form.Item name={[f.name, "hamlet"]} noStyle>
                          <Input
                            placeholder={t("consultations.form.hamletPlaceholder")}
                            style={{ width: 220 }}
                            data-testid={`consultation-area-hamlet-${i}`}
                          />
                        </Form.Item>
                        {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                      </Space>
                    ))}
                    <Button icon={<PlusOutlined />} onClick={() => add({ unitId: "" })}>
                      {t("consultations.form.addArea")}
                    </Button>
                  </Space>
                )}
              </Form.List>
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="ownerId" label={t("consultations.fields.owner")} rules={required}>
                  <PersonSelect
                    people={people.data?.assignees}
                    isLoading={people.isPending}
                    placeholder={t("consultations.fields.owner")}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="directorId" label={t("consultations.fields.director")} rules={required}>
                  <PersonSelect
                    people={people.data?.directors}
                    isLoading={people.isPending}
                    placeholder={t("consultations.fields.director")}
                  />
                </Form.Item>
              </Col>
            </Row>
          </>
        )}
        <Form.Item label={t("consultations.fields.phases")} extra={t("consultations.form.phasesHelp")}>
          <Form.List name="phases">
            {(fields, { add, remove }) => (
              <Space direction="vertical" style={{ width: "100%" }}>
                {fields.map((f) => (
                  <Space key={f.key} align="start" wrap>
                    <Form.Item name={[f.name, "phase"]} rules={required} noStyle>
                      <Select options={phaseOptions(lang)} style={{ width: 260 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, "start"]} rules={required} noStyle>
                      <DatePicker format={DATE_INPUT_FORMAT} placeholder={t("consultations.form.from")} />
                    </Form.Item>
                    <Form.Item name={[f.name, "end"]} noStyle>
                      <DatePicker format={DATE_INPUT_FORMAT} placeholder={t("consultations.form.to")} />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                {fields.length < 5 && (
                  <Button icon={<PlusOutlined />} onClick={() => add({ phase: undefined, start: dayjs() })}>
                    {t("consultations.form.addPhase")}
                  </Button>
                )}
              </Space>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item
          name="files"
          label={t("consultations.fields.files")}
          extra={t("consultations.form.filesHelp")}
        >
          <FilesField data-testid="consultation-files" />
        </Form.Item>
        {!editing && (
          <Alert
            type="info"
            showIcon
            message={t("consultations.form.draftNote")}
            style={{ marginBottom: 16 }}
          />
        )}
        <Space>
          <Button onClick={() => navigate(existing ? `/consultations/${existing.id}` : "/consultations")}>
            {t("common.cancel")}
          </Button>
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={submit}
            data-testid="consultation-save"
          >
            {t("common.save")}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
