import { Alert, App, Button, Descriptions, Drawer, Form, Input, List } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useMe } from "../../auth/api";
import { RatingLinkPanel } from "../../satisfaction/components/rating-link-panel";
import { useEntry, useEntryFollowUp } from "../api";
import { kindLabel, outcomeLabel, refusalGroundLabel } from "../labels";

const entryFileUrl = (entryId: string, fileId: string) =>
  `/api/v1/reception/entries/${encodeURIComponent(entryId)}/files/${encodeURIComponent(fileId)}`;

/** One line of the book in full; the visitor's identity only when the server sends it (sealed reads are audited). */
export function EntryDetailDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const entry = useEntry(id);
  const e = entry.data;
  return (
    <Drawer
      open
      width={640}
      title={e ? t("reception.entry.detailTitle", { seq: e.seq }) : ""}
      onClose={onClose}
      loading={entry.isPending}
    >
      {e && (
        <>
          {e.visitor.confidential && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={e.identity ? t("reception.entry.sealedShown") : t("reception.entry.sealedHidden")}
            />
          )}
          <Descriptions size="small" column={1} bordered data-testid="entry-detail">
            <Descriptions.Item label={t("reception.entry.fullName")}>
              {e.identity?.fullName ?? e.visitor.name}
            </Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.personalId")}>
              {e.identity?.personalId ?? e.visitor.identifier ?? "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("common.address")}>{e.identity?.address ?? "—"}</Descriptions.Item>
            <Descriptions.Item label={t("common.phone")}>{e.identity?.phone ?? "—"}</Descriptions.Item>
            {e.isGroup && (
              <Descriptions.Item label={t("reception.entry.representatives")}>
                <List
                  size="small"
                  dataSource={e.identity?.representatives ?? []}
                  locale={{ emptyText: t("reception.entry.repCount", { n: e.representativeCount }) }}
                  renderItem={(r) => (
                    <List.Item>{[r.fullName, r.address].filter(Boolean).join(" — ")}</List.Item>
                  )}
                />
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t("reception.fields.date")}>
              {formatDate(e.date, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.kind")}>{kindLabel(e.kind, lang)}</Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.peopleCount")}>{e.peopleCount}</Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.summary")}>{e.summary}</Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.request")}>{e.request ?? "—"}</Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.previouslyHandledBy")}>
              {e.previouslyHandledBy ?? "—"}
            </Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.competence")}>
              {e.withinCompetence ? t("reception.entry.within") : t("reception.entry.outside")}
            </Descriptions.Item>
            <Descriptions.Item label={t("reception.entry.outcome")}>
              {outcomeLabel(e.outcome, lang)}
              {e.guidance ? ` — ${e.guidance.body} ${e.guidance.documentNo ?? ""}` : ""}
              {e.transfer ? ` — ${e.transfer.body} ${e.transfer.documentNo ?? ""}` : ""}
            </Descriptions.Item>
            {e.refusal && (
              <Descriptions.Item label={t("reception.entry.refusalGround")}>
                {refusalGroundLabel(e.refusal.ground, lang)}. {e.refusal.explanation}
                {e.refusal.noticeDue
                  ? ` (${t("reception.entry.noticeDue", { date: formatDate(e.refusal.noticeDue, lang) })})`
                  : ""}
              </Descriptions.Item>
            )}
            {e.replyDue && (
              <Descriptions.Item label={t("reception.entry.replyDueLabel")}>
                {formatDate(e.replyDue, lang)}
              </Descriptions.Item>
            )}
            {(e.appointmentFileId || e.refusal?.noticeFileId) && (
              <Descriptions.Item label={t("reception.entry.files")}>
                {e.appointmentFileId && (
                  <a href={entryFileUrl(e.id, e.appointmentFileId)} data-testid="entry-appointment-file">
                    {t("reception.entry.appointmentFile")}
                  </a>
                )}
                {e.appointmentFileId && e.refusal?.noticeFileId ? " · " : ""}
                {e.refusal?.noticeFileId && (
                  <a href={entryFileUrl(e.id, e.refusal.noticeFileId)} data-testid="entry-notice-file">
                    {t("reception.entry.refusalNoticeFile")}
                  </a>
                )}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t("reception.entry.followUp")}>
              <span data-testid="entry-detail-follow-up">{e.followUp ?? "—"}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("reception.fields.note")}>{e.note ?? "—"}</Descriptions.Item>
          </Descriptions>
          {me.permissions.includes("satisfaction.read") && (
            <div style={{ marginTop: 16 }}>
              <RatingLinkPanel
                kind="reception"
                refId={e.id}
                label={t("reception.entry.ratingLabel", { seq: e.seq, date: formatDate(e.date, lang) })}
              />
            </div>
          )}
          {e.abilities.followUp && <FollowUpForm entryId={e.id} current={e.followUp} />}
        </>
      )}
    </Drawer>
  );
}

/** Records or corrects the follow-up (kết quả xử lý tiếp theo) once it is known, after the visit. */
function FollowUpForm({ entryId, current }: { entryId: string; current: string | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ followUp: string }>();
  const save = useEntryFollowUp(entryId);
  const reportError = useReportError();
  return (
    <Form
      form={form}
      layout="vertical"
      style={{ marginTop: 16 }}
      initialValues={{ followUp: current ?? "" }}
      onFinish={(v) =>
        save.mutate(v.followUp.trim(), {
          onSuccess: () => message.success(t("reception.entry.followUpSaved")),
          onError: (err) => reportError(err, form),
        })
      }
    >
      <Form.Item
        name="followUp"
        label={t("reception.entry.followUpUpdate")}
        extra={t("reception.entry.followUpHint")}
        rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
      >
        <Input.TextArea rows={3} maxLength={2000} data-testid="entry-follow-up-edit" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="entry-follow-up-save">
        {t("reception.entry.followUpSave")}
      </Button>
    </Form>
  );
}
