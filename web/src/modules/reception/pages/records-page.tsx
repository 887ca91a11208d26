import { PlusOutlined } from "@ant-design/icons";
import type { ReceptionRecord } from "@danvan/common";
import { Button, Card, Segmented, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { useRecords } from "../api";
import { WorkingSessionModal } from "../components/working-session-modal";
import { recordKindLabel } from "../labels";

export default function RecordsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const me = useMe();
  const [kind, setKind] = useState<"tripartite" | "working">("working");
  const [open, setOpen] = useState(false);
  const records = useRecords(kind);
  return (
    <Card
      title={t("reception.records.title")}
      extra={
        me.permissions.includes("petitions.manage") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)}>
            {t("reception.records.newWorking")}
          </Button>
        )
      }
    >
      <Segmented
        style={{ marginBottom: 16 }}
        value={kind}
        onChange={(v) => setKind(v as typeof kind)}
        options={[
          { value: "working", label: recordKindLabel("working", lang) },
          { value: "tripartite", label: recordKindLabel("tripartite", lang) },
        ]}
      />
      <Table<ReceptionRecord>
        rowKey="id"
        size="small"
        loading={records.isPending}
        dataSource={records.data?.items ?? []}
        locale={{ emptyText: t("reception.record.none") }}
        columns={[
          {
            title: t("reception.fields.date"),
            key: "d",
            width: 120,
            render: (_, r) => formatDate(r.date, lang),
          },
          {
            title: t("reception.record.subject"),
            key: "s",
            render: (_, r) => <Link to={`/reception/records/${r.id}`}>{r.subject}</Link>,
          },
          {
            title: t("reception.record.petitions"),
            key: "p",
            render: (_, r) => r.petitions.map((p) => p.code).join(", ") || "—",
          },
          {
            title: t("reception.record.conclusions"),
            key: "c",
            width: 160,
            render: (_, r) =>
              r.conclusions.length === 0
                ? "—"
                : t("reception.records.done", {
                    done: r.conclusions.filter((c) => c.task.status === "done").length,
                    total: r.conclusions.length,
                  }),
          },
          { title: t("reception.fields.unit"), dataIndex: "unitName", key: "u", width: 160 },
        ]}
      />
      {open && <WorkingSessionModal unitId={me.unitId} onClose={() => setOpen(false)} />}
    </Card>
  );
}
