import type { ConsultationDetail, QuestionView } from "@danvan/common";
import { Alert, Button, Form, Input, List, Segmented, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { FormModal } from "../../../components/form-modal";
import { formatDateTime } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { VerifiedTag } from "../../calendar/components/unverified-tag";
import { useAnswerQuestion, useAskQuestion, useQuestions, useRouteQuestion, useRuleInForce } from "../api";

/** Every question gets an official, published answer; open ones are counted for the leader and the public. */
export function QuestionsTab({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reportError = useReportError();
  const questions = useQuestions(c.id);
  const rule = useRuleInForce("grassroots.question_answer").data;
  const ruleValue = rule?.value as { amount?: number; basis?: string } | undefined;
  const route = useRouteQuestion();
  const [filter, setFilter] = useState<"open" | "answered" | "all">("open");
  const [answering, setAnswering] = useState<QuestionView | null>(null);
  const [asking, setAsking] = useState(false);
  const items = (questions.data?.items ?? []).filter((q) => filter === "all" || q.status === filter);
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Alert
        type={c.unansweredQuestions > 0 ? "warning" : "success"}
        showIcon
        data-testid="staff-unanswered"
        message={t("consultations.questions.counter", { count: c.unansweredQuestions })}
        description={
          rule && ruleValue?.amount ? (
            <Space wrap data-testid="answer-rule">
              {t(
                `consultations.questions.rule.${ruleValue.basis === "working_days" ? "working" : "calendar"}`,
                {
                  count: ruleValue.amount,
                },
              )}
              <Typography.Text type="secondary">{rule.sourceRef}</Typography.Text>
              <VerifiedTag verified={rule.verified} />
            </Space>
          ) : undefined
        }
      />
      <Space wrap>
        <Segmented
          value={filter}
          onChange={(v) => setFilter(v as typeof filter)}
          options={[
            { value: "open", label: t("consultations.questions.open") },
            { value: "answered", label: t("consultations.questions.answered") },
            { value: "all", label: t("consultations.questions.all") },
          ]}
        />
        {c.abilities.edit && (
          <Button onClick={() => setAsking(true)} data-testid="question-record">
            {t("consultations.questions.record")}
          </Button>
        )}
      </Space>
      <List
        dataSource={items}
        loading={questions.isPending}
        locale={{ emptyText: t("consultations.questions.empty") }}
        data-testid="question-list"
        renderItem={(q) => (
          <List.Item
            actions={
              q.status === "open" && c.abilities.answer
                ? [
                    ...(q.taskId === null && q.channel === "online"
                      ? [
                          <Button
                            key="r"
                            size="small"
                            onClick={() => route.mutate(q.id, { onError: (e) => reportError(e) })}
                          >
                            {t("consultations.questions.takeUp")}
                          </Button>,
                        ]
                      : []),
                    <Button
                      key="a"
                      size="small"
                      type="primary"
                      onClick={() => setAnswering(q)}
                      data-testid="question-answer"
                    >
                      {t("consultations.questions.answer")}
                    </Button>,
                  ]
                : []
            }
          >
            <Space direction="vertical" size={2} style={{ width: "100%" }}>
              <Space wrap>
                <Tag color={q.status === "open" ? "gold" : "green"}>
                  {t(`consultations.questions.${q.status}`)}
                </Tag>
                <Tag>{t(`consultations.questions.channel.${q.channel}`)}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {q.askerLabel} · {formatDateTime(q.createdAt, lang)}
                </Typography.Text>
                {q.taskId && <Link to={`/tasks/${q.taskId}`}>{t("consultations.questions.task")}</Link>}
              </Space>
              <Typography.Text strong>{q.body}</Typography.Text>
              {q.answer && <Typography.Text style={{ whiteSpace: "pre-line" }}>↳ {q.answer}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      {answering && <AnswerModal q={answering} onClose={() => setAnswering(null)} />}
      {asking && <AskModal id={c.id} onClose={() => setAsking(false)} />}
    </Space>
  );
}

function AnswerModal({ q, onClose }: { q: QuestionView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ answer: string }>();
  const answer = useAnswerQuestion();
  const reportError = useReportError();
  const submit = async () => {
    const v = await form.validateFields();
    answer.mutate(
      { questionId: q.id, answer: v.answer },
      { onSuccess: onClose, onError: (e) => reportError(e, form) },
    );
  };
  return (
    <FormModal
      title={t("consultations.questions.answerTitle")}
      isSubmitting={answer.isPending}
      onSubmit={submit}
      onCancel={onClose}
      submitLabel={t("consultations.questions.publish")}
    >
      <Typography.Paragraph strong>{q.body}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="answer"
          label={t("consultations.questions.officialAnswer")}
          extra={t("consultations.questions.answerHelp")}
          rules={[{ required: true, message: t("consultations.form.required") }]}
        >
          <Input.TextArea rows={5} data-testid="answer-text" />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function AskModal({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string; askerLabel: string }>();
  const ask = useAskQuestion(id);
  const reportError = useReportError();
  const submit = async () => {
    const v = await form.validateFields();
    ask.mutate(v, { onSuccess: onClose, onError: (e) => reportError(e, form) });
  };
  const required = [{ required: true, message: t("consultations.form.required") }];
  return (
    <FormModal
      title={t("consultations.questions.record")}
      isSubmitting={ask.isPending}
      onSubmit={submit}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="askerLabel" label={t("consultations.questions.asker")} rules={required}>
          <Input />
        </Form.Item>
        <Form.Item name="body" label={t("consultations.questions.body")} rules={required}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
