import type { CreateTaskInput, TaskSource } from "@danvan/common";
import { App, Button, Card, Form, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError, isApiError } from "../../../lib/api-client";
import { toIsoDate } from "../../../lib/dates";
import { useReportError } from "../../../lib/use-report-error";
import { useMe } from "../../auth/api";
import { useCreateTask, useTaskOptions } from "../api";
import {
  FiveClearFields,
  type FiveClearValues,
  PromiseFields,
  SourceFields,
} from "../components/task-form-fields";

type Values = FiveClearValues & {
  source: { type: TaskSource; id?: string; label?: string };
  isPublicPromise?: boolean;
  publicPromise?: { title: string; summary?: string };
};

function toInput(v: Values): CreateTaskInput {
  const due: CreateTaskInput["due"] =
    v.dueMode === "workingDays"
      ? { workingDays: v.workingDays ?? 0 }
      : v.dueMode === "rule"
        ? { ruleCode: v.ruleCode ?? "", from: toIsoDate(v.ruleFrom) ?? undefined }
        : { date: toIsoDate(v.dueDate) ?? "" };
  return {
    title: v.title,
    description: v.description ?? "",
    unitId: v.unitId,
    assigneeId: v.assigneeId,
    directorId: v.directorId,
    due,
    deliverable: v.deliverable,
    authority: v.authority?.trim() || undefined,
    coordinatingUnitIds: v.coordinatingUnitIds ?? [],
    source: {
      type: v.source.type,
      id: v.source.id?.trim() || undefined,
      label: v.source.label?.trim() || undefined,
    },
    publicPromise: v.isPublicPromise
      ? { title: v.publicPromise?.title ?? "", summary: v.publicPromise?.summary ?? "" }
      : null,
  };
}

/** The server names `due` or `due.<part>`; the form has one field per way of giving the date. */
function dueFieldOf(mode: FiveClearValues["dueMode"]): string {
  return mode === "workingDays" ? "workingDays" : mode === "rule" ? "ruleCode" : "dueDate";
}

export default function TaskCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useMe();
  const [form] = Form.useForm<Values>();
  const unitId: string | undefined = Form.useWatch("unitId", form);
  const options = useTaskOptions(unitId);
  const create = useCreateTask();
  const reportError = useReportError();

  const handleFinish = (values: Values) => {
    create.mutate(toInput(values), {
      onSuccess: (task) => {
        message.success(t("tasks.create.created", { code: task.code }));
        navigate(`/tasks/${task.id}`);
      },
      onError: (error) => {
        if (isApiError(error)) {
          const details = error.details.map((d) =>
            d.path === "due" || d.path.startsWith("due.") ? { ...d, path: dueFieldOf(values.dueMode) } : d,
          );
          reportError(new ApiError(error.status, error.code, error.message, details), form);
          return;
        }
        reportError(error, form);
      },
    });
  };

  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t("tasks.create.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("tasks.create.intro")}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ unitId: me.unitId, source: { type: "directive" }, dueMode: "date" }}
        style={{ maxWidth: 960 }}
        data-testid="task-create-form"
        scrollToFirstError
      >
        <FiveClearFields
          form={form}
          unitId={unitId}
          options={options.data}
          optionsLoading={options.isFetching}
        />
        <SourceFields />
        <PromiseFields />
        <Space>
          <Button
            type="primary"
            htmlType="submit"
            loading={create.isPending}
            data-testid="task-create-submit"
          >
            {t("tasks.create.submit")}
          </Button>
          <Button onClick={() => navigate("/tasks")}>{t("common.cancel")}</Button>
        </Space>
      </Form>
    </Card>
  );
}
