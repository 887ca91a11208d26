import { type TaskOptions, TaskSource } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Col, Divider, Form, type FormInstance, Input, Row, Select, Switch, Typography } from "antd";
import type { Dayjs } from "dayjs";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { DueField, type DueMode } from "./due-field";
import { PersonSelect } from "./person-select";
import { sourceLabel } from "./task-status";

export type FiveClearValues = {
  title: string;
  description?: string;
  unitId: string;
  assigneeId: string;
  coordinatingUnitIds?: string[];
  directorId: string;
  authority?: string;
  dueMode: DueMode;
  dueDate?: Dayjs | null;
  workingDays?: number | null;
  ruleCode?: string;
  ruleFrom?: Dayjs | null;
  deliverable: string;
};

/** One numbered "rõ" heading, so the officer sees which of the five each field answers. */
function Clear({ n, title, hint }: { n: number; title: string; hint: string }) {
  return (
    <Divider titlePlacement="start" style={{ marginTop: 8 }}>
      <span data-testid={`five-clear-${n}`}>
        {n}. {title}
      </span>{" "}
      <Typography.Text type="secondary" style={{ fontWeight: 400, fontSize: 13 }}>
        — {hint}
      </Typography.Text>
    </Divider>
  );
}

type Props = {
  form: FormInstance;
  unitId: string | undefined;
  options: TaskOptions | undefined;
  optionsLoading: boolean;
};

export function FiveClearFields({ form, unitId, options, optionsLoading }: Props) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t("validation.required") };
  const pick = { required: true, message: t("validation.required") };
  const min = (n: number) => ({ min: n, message: t("validation.minLength", { min: n }) });
  return (
    <>
      <Clear n={1} title={t("tasks.five.content")} hint={t("tasks.five.contentHint")} />
      <Form.Item name="title" label={t("tasks.fields.title")} rules={[required, min(5)]}>
        <Input maxLength={LIMITS.shortText} showCount data-testid="task-title" />
      </Form.Item>
      <Form.Item name="description" label={t("tasks.fields.description")}>
        <Input.TextArea rows={3} maxLength={LIMITS.longText} data-testid="task-description" />
      </Form.Item>

      <Clear n={2} title={t("tasks.five.person")} hint={t("tasks.five.personHint")} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="unitId" label={t("tasks.fields.unit")} rules={[pick]}>
            <UnitTreeSelect
              onChange={() => form.setFieldsValue({ assigneeId: undefined, directorId: undefined })}
              data-testid="task-unit"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="assigneeId"
            label={t("tasks.fields.assignee")}
            extra={t("tasks.create.assigneeHint")}
            rules={[pick]}
          >
            <PersonSelect
              people={options?.assignees}
              isLoading={optionsLoading}
              disabled={!unitId}
              placeholder={t("tasks.create.pickPerson")}
              data-testid="task-assignee"
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="coordinatingUnitIds" label={t("tasks.fields.coordinating")}>
        <UnitTreeSelect
          multiple
          allowClear
          placeholder={t("tasks.create.optional")}
          data-testid="task-coordinating"
        />
      </Form.Item>

      <Clear n={3} title={t("tasks.five.director")} hint={t("tasks.five.directorHint")} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="directorId"
            label={t("tasks.fields.director")}
            extra={t("tasks.create.directorHint")}
            rules={[pick]}
          >
            <PersonSelect
              people={options?.directors}
              isLoading={optionsLoading}
              disabled={!unitId}
              placeholder={t("tasks.create.pickPerson")}
              data-testid="task-director"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="authority"
            label={t("tasks.fields.authority")}
            extra={t("tasks.create.authorityHint")}
          >
            <Input maxLength={LIMITS.shortText} data-testid="task-authority" />
          </Form.Item>
        </Col>
      </Row>

      <Clear n={4} title={t("tasks.five.time")} hint={t("tasks.five.timeHint")} />
      <DueField unitId={unitId} />

      <Clear n={5} title={t("tasks.five.product")} hint={t("tasks.five.productHint")} />
      <Form.Item name="deliverable" label={t("tasks.fields.deliverable")} rules={[required, min(3)]}>
        <Input.TextArea rows={2} maxLength={LIMITS.shortText * 5} data-testid="task-deliverable" />
      </Form.Item>
    </>
  );
}

/** Where the task came from, so the source's own screen can list it. */
export function SourceFields() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Divider titlePlacement="start">{t("tasks.fields.source")}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name={["source", "type"]} label={t("tasks.fields.sourceType")}>
            <Select
              data-testid="task-source-type"
              options={TaskSource.options.map((s) => ({ value: s, label: sourceLabel(s, lang) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={["source", "label"]} label={t("tasks.fields.sourceLabel")}>
            <Input
              maxLength={LIMITS.shortText}
              placeholder={t("tasks.create.sourceLabelHint")}
              data-testid="task-source-label"
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name={["source", "id"]} label={t("tasks.fields.sourceId")}>
            <Input maxLength={100} placeholder={t("tasks.create.optional")} data-testid="task-source-id" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** "Việc đã hứa với dân phải làm": the public title and summary citizens will read. */
export function PromiseFields() {
  const { t } = useTranslation();
  const isPublic: boolean = Form.useWatch("isPublicPromise") ?? false;
  const required = { required: true, whitespace: true, message: t("validation.required") };
  let body: ReactNode = null;
  if (isPublic) {
    body = (
      <>
        <Form.Item
          name={["publicPromise", "title"]}
          label={t("tasks.fields.publicTitle")}
          extra={t("tasks.create.publicTitleHint")}
          rules={[required, { min: 5, message: t("validation.minLength", { min: 5 }) }]}
        >
          <Input maxLength={LIMITS.shortText} data-testid="task-public-title" />
        </Form.Item>
        <Form.Item name={["publicPromise", "summary"]} label={t("tasks.fields.publicSummary")}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="task-public-summary" />
        </Form.Item>
      </>
    );
  }
  return (
    <>
      <Divider titlePlacement="start">{t("tasks.fields.promise")}</Divider>
      <Form.Item
        name="isPublicPromise"
        valuePropName="checked"
        label={t("tasks.fields.isPublicPromise")}
        extra={t("tasks.create.promiseHint")}
      >
        <Switch data-testid="task-public-promise" />
      </Form.Item>
      {body}
    </>
  );
}
