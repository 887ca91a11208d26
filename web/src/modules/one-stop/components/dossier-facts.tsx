import { type DossierDetail, type MissingItemKind, missingItemKey } from "@danvan/common";
import { Descriptions, List, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { dossierFileUrl } from "../api";

type Asked = { kind: MissingItemKind; index: number; key: string | null; description: string };

/** Applicant, procedure, dates and the documents handed in, as the clerk needs them at the counter. */
export function DossierFacts({ dossier: d }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const dash = "—";
  return (
    <>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="dossier-facts">
        <Descriptions.Item label={t("onestop.applicant")}>
          {d.applicant.name}
          <Typography.Text type="secondary">
            {" "}
            · {t(`onestop.applicantKind.${d.applicant.kind}`)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.identifier")}>
          {d.applicant.identifier ?? dash}
        </Descriptions.Item>
        <Descriptions.Item label={t("common.phone")}>{d.applicant.phone ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t("common.address")}>{d.applicant.address ?? dash}</Descriptions.Item>
        <Descriptions.Item label={t("onestop.procedure")} span={2}>
          {d.procedure.code} — {d.procedure.name}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.filedDate")}>
          {formatDate(d.filedDate)} · {t(`onestop.channel.${d.channel}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.receivedDate")}>
          {formatDate(d.receivedDate) || dash}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.appointment")}>
          <span data-testid="dossier-appointment">{formatDate(d.appointmentDate) || dash}</span>
          {d.originalAppointmentDate && d.originalAppointmentDate !== d.appointmentDate && (
            <Typography.Text type="secondary">
              {" "}
              ({t("onestop.originalAppointment")}: {formatDate(d.originalAppointmentDate)})
            </Typography.Text>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("onestop.processingDays")}>
          {t("onestop.workingDays", { count: d.processingDays })}
        </Descriptions.Item>
        {d.appointmentExplanation && (
          <Descriptions.Item label={t("onestop.howCounted")} span={2}>
            <Typography.Text type="secondary">{d.appointmentExplanation}</Typography.Text>
          </Descriptions.Item>
        )}
        {d.summary && (
          <Descriptions.Item label={t("onestop.summary")} span={2}>
            {d.summary}
          </Descriptions.Item>
        )}
        {d.decision && (
          <Descriptions.Item label={t("onestop.decision.label")} span={2}>
            {t(`onestop.decision.${d.decision}`)}
            {d.resultNo ? ` · ${t("onestop.resultNo")}: ${d.resultNo}` : ""}
            {d.decisionReason ? ` · ${d.decisionReason}` : ""}
          </Descriptions.Item>
        )}
        {d.refusalReason && (
          <Descriptions.Item label={t("onestop.refusalReason")} span={2}>
            {d.refusalReason}
          </Descriptions.Item>
        )}
        {d.apology && (
          <Descriptions.Item label={t("onestop.apology")} span={2}>
            {formatDate(d.apology.date)} · {d.apology.reason}
          </Descriptions.Item>
        )}
      </Descriptions>
      {(d.supplementItems || d.processingReturnItems) && (
        <List
          size="small"
          style={{ marginTop: 12 }}
          header={<Typography.Text strong>{t("onestop.missing.requested")}</Typography.Text>}
          dataSource={[
            ...(d.supplementItems ?? []).map((i, index): Asked => ({ ...i, kind: "supplement", index })),
            ...(d.processingReturnItems ?? []).map((i, index): Asked => ({ ...i, kind: "return", index })),
          ]}
          renderItem={(i) => {
            // A free-text item answered online is filed under its own key: its scans show beside it.
            const answer =
              i.key === null
                ? d.documents.find((doc) => doc.key === missingItemKey(i.kind, i, i.index))
                : undefined;
            return (
              <List.Item data-testid={`missing-item-${missingItemKey(i.kind, i, i.index)}`}>
                <span>{i.description}</span>
                <span>
                  {answer?.fileIds.map((f, n) => (
                    <a key={f} href={dossierFileUrl(d.id, f)} style={{ marginLeft: 8 }}>
                      {t("onestop.fileN", { n: n + 1 })}
                    </a>
                  ))}
                </span>
              </List.Item>
            );
          }}
          data-testid="dossier-missing"
        />
      )}
      <List
        size="small"
        style={{ marginTop: 12 }}
        header={<Typography.Text strong>{t("onestop.documentsGiven")}</Typography.Text>}
        locale={{ emptyText: t("onestop.noDocuments") }}
        dataSource={d.documents}
        data-testid="dossier-documents"
        renderItem={(doc) => (
          <List.Item>
            <span>
              {doc.name} · {t(`onestop.docForm.${doc.form}`, { defaultValue: doc.form })} × {doc.count}
            </span>
            <span>
              {doc.fileIds.map((f, i) => (
                <a key={f} href={dossierFileUrl(d.id, f)} style={{ marginLeft: 8 }}>
                  {t("onestop.fileN", { n: i + 1 })}
                </a>
              ))}
            </span>
          </List.Item>
        )}
      />
    </>
  );
}
