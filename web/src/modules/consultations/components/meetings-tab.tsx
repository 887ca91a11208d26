import { PlusOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import type { ConsultationDetail } from "@danvan/common";
import { Button, Collapse, Descriptions, Empty, List, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { staffFileUrl, useMeetings } from "../api";
import { FileLinks } from "./file-links";
import { MeetingModal } from "./meeting-modal";
import { TallyModal } from "./tally-modal";
import { VerifyResidentModal } from "./verify-resident-modal";

/** Dialogue meetings and, while the vote is open, the entry of a meeting's ballot count. */
export function MeetingsTab({ c }: { c: ConsultationDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const meetings = useMeetings(c.id);
  const [modal, setModal] = useState<"meeting" | "tally" | "verify" | null>(null);
  const items = meetings.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Space wrap>
        {c.abilities.edit && (
          <Button icon={<PlusOutlined />} onClick={() => setModal("meeting")} data-testid="meeting-add">
            {t("consultations.meetings.record")}
          </Button>
        )}
        {c.abilities.manageVoting && c.isPublished && (
          <Button
            icon={<SafetyCertificateOutlined />}
            onClick={() => setModal("verify")}
            data-testid="verify-resident"
          >
            {t("consultations.verify.open")}
          </Button>
        )}
        {c.abilities.manageVoting && c.votingOpen && (
          <Button type="primary" onClick={() => setModal("tally")} data-testid="tally-enter">
            {c.result.source === "tally" ? t("consultations.tally.correct") : t("consultations.tally.enter")}
          </Button>
        )}
      </Space>
      {items.length === 0 ? (
        <Empty description={t("consultations.meetings.empty")} />
      ) : (
        <List
          dataSource={items}
          data-testid="meeting-list"
          renderItem={(m) => (
            <List.Item>
              <Space direction="vertical" style={{ width: "100%" }}>
                <Typography.Text strong>
                  {formatDate(m.heldOn, lang)} · {m.place}
                </Typography.Text>
                <Descriptions size="small" column={{ xs: 1, md: 2 }}>
                  <Descriptions.Item label={t("consultations.meetings.chair")}>
                    {m.chairName}
                  </Descriptions.Item>
                  <Descriptions.Item label={t("consultations.meetings.present")}>
                    {t("consultations.meetings.presentOf", {
                      present: m.householdsPresent,
                      total: m.totalHouseholds,
                    })}
                  </Descriptions.Item>
                </Descriptions>
                <ol style={{ margin: 0 }}>
                  {m.agenda.map((a) => (
                    <li key={a}>{a}</li>
                  ))}
                </ol>
                <Collapse
                  size="small"
                  items={[
                    {
                      key: "minutes",
                      label: t("consultations.meetings.minutes"),
                      children: (
                        <Typography.Paragraph style={{ whiteSpace: "pre-line" }}>
                          {m.minutes}
                        </Typography.Paragraph>
                      ),
                    },
                    {
                      key: "concerns",
                      label: t("consultations.meetings.concernsCount", { count: m.concerns.length }),
                      children: m.concerns.map((q) => (
                        <div key={q.concern} style={{ marginBottom: 8 }}>
                          <Typography.Text strong>{q.concern}</Typography.Text>
                          <br />
                          <Typography.Text>{q.answer}</Typography.Text>
                        </div>
                      )),
                    },
                  ]}
                />
                <FileLinks files={m.files} urlOf={(f) => staffFileUrl(c.id, f)} />
              </Space>
            </List.Item>
          )}
        />
      )}
      {modal === "meeting" && <MeetingModal c={c} onClose={() => setModal(null)} />}
      {modal === "verify" && <VerifyResidentModal c={c} onClose={() => setModal(null)} />}
      {modal === "tally" && <TallyModal c={c} meetings={items} onClose={() => setModal(null)} />}
    </Space>
  );
}
