import type { ReceptionEntry } from "@danvan/common";
import { App, Button, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { useEntryPetition } from "../api";
import { kindLabel, outcomeLabel, refusalGroundLabel } from "../labels";
import { EntryDetailDrawer } from "./entry-detail-drawer";

/** The session's page of the reception book, with the columns of the official form. */
export function EntryTable({
  entries,
  onNotice,
}: {
  entries: ReceptionEntry[];
  onNotice: (e: ReceptionEntry) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal } = App.useApp();
  const toPetition = useEntryPetition();
  const report = useReportError();
  const [shown, setShown] = useState<string | null>(null);

  const handlePetition = (e: ReceptionEntry) => {
    toPetition.mutate(e.id, {
      onSuccess: (r) =>
        modal.success({
          title: t("reception.entry.petitionCreated", { code: r.petition.code }),
          content: t("reception.entry.pinNotice", { pin: r.pin }),
        }),
      onError: (err) => report(err),
    });
  };

  return (
    <>
      {shown && <EntryDetailDrawer id={shown} onClose={() => setShown(null)} />}
      <Table<ReceptionEntry>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={entries}
        scroll={{ x: 960 }}
        locale={{ emptyText: t("reception.entry.empty") }}
        data-testid="reception-entries"
        columns={[
          { title: t("reception.entry.seq"), dataIndex: "seq", key: "seq", width: 56 },
          {
            title: t("reception.entry.visitor"),
            key: "v",
            width: 170,
            render: (_, e) => (
              <Space direction="vertical" size={0}>
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, height: "auto", whiteSpace: "normal", textAlign: "left" }}
                  onClick={() => setShown(e.id)}
                  data-testid={`entry-open-${e.seq}`}
                >
                  <i style={{ fontStyle: e.visitor.confidential ? "italic" : "normal" }}>{e.visitor.name}</i>
                </Button>
                {e.visitor.identifier && (
                  <Typography.Text type="secondary">{e.visitor.identifier}</Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t("reception.entry.peopleCount"),
            key: "p",
            width: 110,
            render: (_, e) =>
              e.isGroup ? (
                <Space direction="vertical" size={0}>
                  <Tag color="orange" data-testid={`entry-group-${e.seq}`}>
                    {t("reception.entry.group", { n: e.peopleCount })}
                  </Tag>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("reception.entry.repCount", { n: e.representativeCount })}
                  </Typography.Text>
                </Space>
              ) : (
                e.peopleCount
              ),
          },
          {
            title: t("reception.entry.kind"),
            key: "k",
            width: 100,
            render: (_, e) => kindLabel(e.kind, lang),
          },
          { title: t("reception.entry.summary"), dataIndex: "summary", key: "s" },
          {
            title: t("reception.entry.outcome"),
            key: "o",
            width: 240,
            render: (_, e) => (
              <Space direction="vertical" size={0}>
                <Tag color={e.outcome === "refused" ? "red" : "blue"}>{outcomeLabel(e.outcome, lang)}</Tag>
                {!e.withinCompetence && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("reception.entry.outside")}
                  </Typography.Text>
                )}
                {e.guidance && <span>{e.guidance.body}</span>}
                {e.transfer && <span>{e.transfer.body}</span>}
                {e.refusal && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {refusalGroundLabel(e.refusal.ground, lang)}
                    {e.refusal.noticeNo
                      ? ` — ${t("reception.entry.noticeIssued", { no: e.refusal.noticeNo })}`
                      : e.refusal.noticeRequired
                        ? ` — ${t("reception.entry.noticePending")}`
                        : ""}
                  </Typography.Text>
                )}
                {e.replyDue && (
                  <Typography.Text type={e.isReplyOverdue ? "danger" : "secondary"} style={{ fontSize: 12 }}>
                    {t(e.isReplyOverdue ? "reception.entry.replyOverdue" : "reception.entry.replyDue", {
                      date: formatDate(e.replyDue, lang),
                    })}
                  </Typography.Text>
                )}
                {e.petition && (
                  <Link to={`/petitions/${e.petition.id}`}>
                    {t("reception.entry.petitionLink", { code: e.petition.code })}
                  </Link>
                )}
              </Space>
            ),
          },
          {
            title: t("common.actions"),
            key: "a",
            width: 130,
            render: (_, e) => (
              <Space direction="vertical" size={4}>
                {e.abilities.createPetition && (
                  <Button
                    size="small"
                    loading={toPetition.isPending}
                    onClick={() => handlePetition(e)}
                    data-testid={`entry-petition-${e.seq}`}
                  >
                    {t("reception.entry.toPetition")}
                  </Button>
                )}
                {e.abilities.refusalNotice && (
                  <Button size="small" onClick={() => onNotice(e)} data-testid={`entry-notice-${e.seq}`}>
                    {t("reception.entry.recordNotice")}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
