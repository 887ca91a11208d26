import { FrownOutlined, MehOutlined, SmileOutlined } from "@ant-design/icons";
import {
  type RateInput,
  type RatingForm as RatingFormData,
  SATISFACTION_LIMITS,
  SatisfactionAspect,
  type SatisfactionLevel,
} from "@danvan/common";
import { Alert, Button, Collapse, Flex, Input, Radio, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../lib/api-client";
import { useLang } from "../../../lib/use-lang";

const LEVELS: { level: SatisfactionLevel; icon: ReactNode; color: string }[] = [
  { level: "very_satisfied", icon: <SmileOutlined />, color: "#237804" },
  { level: "satisfied", icon: <MehOutlined />, color: "#0958d9" },
  { level: "dissatisfied", icon: <FrownOutlined />, color: "#cf1322" },
];

type Props = {
  form: RatingFormData;
  /** Kiosk: larger targets, no scrolling to find the send button. */
  large?: boolean;
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (input: RateInput) => void;
  /** Staff transcribing a paper form see every question at once and their own button text. */
  submitLabel?: string;
  detailsOpen?: boolean;
};

/** The quick rating: the three official levels, then optional aspects, questions and a comment. */
export function RatingForm({ form, large, submitting, error, onSubmit, submitLabel, detailsOpen }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [level, setLevel] = useState<SatisfactionLevel | undefined>(form.rating?.level);
  const [aspects, setAspects] = useState<Record<string, SatisfactionLevel>>(form.rating?.aspects ?? {});
  const [answers, setAnswers] = useState<Record<string, number>>(form.rating?.answers ?? {});
  const [comment, setComment] = useState(form.rating?.comment ?? "");
  const size = large ? 30 : 22;
  const fieldError = (path: string) =>
    error?.details.find((d) => d.path === path || d.path.startsWith(`${path}.`));

  return (
    <Flex vertical gap={large ? 14 : 14}>
      <Typography.Title level={large ? 3 : 4} style={{ margin: 0 }}>
        {t("satisfaction.form.question")}
      </Typography.Title>
      <Flex gap={large ? 16 : 8} wrap role="radiogroup" aria-label={t("satisfaction.form.question")}>
        {LEVELS.map((l) => {
          const chosen = level === l.level;
          return (
            <Button
              key={l.level}
              role="radio"
              aria-checked={chosen}
              type={chosen ? "primary" : "default"}
              onClick={() => setLevel(l.level)}
              style={{
                flex: "1 1 160px",
                height: large ? 124 : 96,
                fontSize: size * 0.75,
                fontWeight: 600,
                borderWidth: 2,
                borderColor: l.color,
                color: chosen ? "#fff" : l.color,
                background: chosen ? l.color : "#fff",
                whiteSpace: "normal",
              }}
            >
              <Flex vertical align="center" gap={4}>
                <span style={{ fontSize: size * 1.6 }}>{l.icon}</span>
                {t(`satisfaction.level.${l.level}`)}
              </Flex>
            </Button>
          );
        })}
      </Flex>
      {fieldError("level") ? (
        <Alert type="error" showIcon message={t("satisfaction.form.chooseLevel")} />
      ) : null}
      <Collapse
        size={large ? "large" : "middle"}
        defaultActiveKey={detailsOpen ? ["details"] : undefined}
        items={[
          {
            key: "details",
            label: t("satisfaction.form.details"),
            children: (
              <Flex vertical gap={12}>
                <Typography.Text strong>{t("satisfaction.form.aspects")}</Typography.Text>
                {SatisfactionAspect.options.map((a) => (
                  <Flex key={a} justify="space-between" align="center" wrap gap={8}>
                    <span>{t(`satisfaction.aspect.${a}`)}</span>
                    <Radio.Group
                      optionType="button"
                      size={large ? "large" : "middle"}
                      value={aspects[a]}
                      onChange={(e) => setAspects({ ...aspects, [a]: e.target.value as SatisfactionLevel })}
                      options={LEVELS.map((l) => ({
                        value: l.level,
                        label: t(`satisfaction.levelShort.${l.level}`),
                      }))}
                    />
                  </Flex>
                ))}
                <Typography.Text strong>{t("satisfaction.form.questions")}</Typography.Text>
                <Typography.Text type="secondary">{t("satisfaction.form.scale")}</Typography.Text>
                {form.questionnaire.questions.map((q) => (
                  <Flex key={q.key} justify="space-between" align="center" wrap gap={8}>
                    <span>{lang === "en" ? q.textEn : q.textVi}</span>
                    <Radio.Group
                      aria-label={lang === "en" ? q.textEn : q.textVi}
                      optionType="button"
                      size={large ? "large" : "middle"}
                      value={answers[q.key]}
                      onChange={(e) => setAnswers({ ...answers, [q.key]: e.target.value as number })}
                      options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))}
                    />
                  </Flex>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <div>
        <Typography.Text strong>
          {level === "dissatisfied" ? t("satisfaction.form.commentWhy") : t("satisfaction.form.comment")}
        </Typography.Text>
        <Input.TextArea
          aria-label={t("satisfaction.form.comment")}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          maxLength={SATISFACTION_LIMITS.comment}
          showCount
          rows={large ? 2 : 4}
          style={{ fontSize: large ? 18 : undefined, marginTop: 6 }}
          status={fieldError("comment") ? "error" : undefined}
        />
      </div>
      {error && !fieldError("level") ? (
        <Alert type="error" showIcon message={error.message || t("satisfaction.form.failed")} />
      ) : null}
      <Button
        type="primary"
        size="large"
        disabled={!level}
        loading={submitting}
        style={{ height: large ? 64 : 52, fontSize: large ? 24 : 18 }}
        onClick={() =>
          level && onSubmit({ level, aspects, answers, comment: comment.trim() ? comment.trim() : undefined })
        }
      >
        {submitLabel ?? t("satisfaction.form.send")}
      </Button>
    </Flex>
  );
}
