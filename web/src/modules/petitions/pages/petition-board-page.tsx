import type { BoardPetition, PetitionBoard } from "@danvan/common";
import { Button, Card, Col, Row, Select, Space, Statistic, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { usePetitionBoard } from "../api";
import { FollowUpModal } from "../components/actions/follow-up-modal";
import { FollowUpCell } from "../components/follow-up-status";
import { DueTag } from "../components/petition-tags";

type AgencyRow = PetitionBoard["byAgency"][number];
type FollowUp = { id: string; kind: "urge" | "report-to-head" };

/** The committee's monitoring board: overdue, due soon and counts by agency, with urge and report. */
export default function PetitionBoardPage() {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [days, setDays] = useState(3);
  const board = usePetitionBoard({ unitId: unitId ?? undefined, dueWithinDays: days });
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const data = board.data;

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t("petitions.board.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("petitions.board.intro")}</Typography.Paragraph>
        <Space wrap>
          <UnitTreeSelect
            value={unitId}
            onChange={(v) => setUnitId(typeof v === "string" ? v : null)}
            allowClear
            placeholder={t("petitions.filter.allUnits")}
            data-testid="board-unit"
          />
          <Select
            value={days}
            onChange={setDays}
            style={{ width: 220 }}
            data-testid="board-days"
            options={[1, 3, 5, 7, 10].map((d) => ({
              value: d,
              label: t("petitions.board.within", { count: d }),
            }))}
          />
        </Space>
        <Row gutter={16} style={{ marginTop: 16 }}>
          <Col xs={12} md={6}>
            <Statistic
              title={t("petitions.board.overdue")}
              value={data?.overdue.length ?? 0}
              valueStyle={{ color: "#cf1322" }}
            />
          </Col>
          <Col xs={12} md={6}>
            <Statistic
              title={t("petitions.board.dueSoon")}
              value={data?.dueSoon.length ?? 0}
              valueStyle={{ color: "#d48806" }}
            />
          </Col>
        </Row>
      </Card>
      <BoardSection
        title={t("petitions.board.overdue")}
        items={data?.overdue ?? []}
        loading={board.isPending}
        testId="board-overdue"
        onPick={setFollowUp}
      />
      <BoardSection
        title={t("petitions.board.dueSoon")}
        items={data?.dueSoon ?? []}
        loading={board.isPending}
        testId="board-due-soon"
        onPick={setFollowUp}
      />
      <Card title={t("petitions.board.byAgency")} size="small">
        <Table<AgencyRow>
          rowKey={(r) => r.agencyId ?? "none"}
          size="small"
          pagination={false}
          loading={board.isPending}
          dataSource={data?.byAgency ?? []}
          locale={{ emptyText: t("petitions.board.noOpen") }}
          data-testid="board-by-agency"
          columns={[
            {
              title: t("petitions.agency"),
              key: "name",
              render: (_, r) => (r.agencyId ? r.agencyName : t("petitions.board.notAssigned")),
            },
            { title: t("petitions.board.open"), dataIndex: "open", key: "open", align: "right" },
            { title: t("petitions.board.dueSoon"), dataIndex: "dueSoon", key: "dueSoon", align: "right" },
            {
              title: t("petitions.board.overdue"),
              key: "overdue",
              align: "right",
              render: (_, r) =>
                r.overdue > 0 && r.agencyId ? (
                  <Link to={`/petitions?due=overdue`}>
                    <Typography.Text type="danger">{r.overdue}</Typography.Text>
                  </Link>
                ) : (
                  r.overdue
                ),
            },
          ]}
        />
      </Card>
      {followUp && (
        <FollowUpModal
          petition={{ id: followUp.id }}
          kind={followUp.kind}
          onClose={() => setFollowUp(null)}
        />
      )}
    </Space>
  );
}

function BoardSection({
  title,
  items,
  loading,
  testId,
  onPick,
}: {
  title: string;
  items: BoardPetition[];
  loading: boolean;
  testId: string;
  onPick: (f: FollowUp) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card title={`${title} (${items.length})`} size="small">
      <Table<BoardPetition>
        rowKey="id"
        size="small"
        pagination={false}
        loading={loading}
        dataSource={items}
        scroll={{ x: 1320 }}
        locale={{ emptyText: t("petitions.board.none") }}
        data-testid={testId}
        columns={[
          {
            title: t("petitions.code"),
            key: "code",
            width: 150,
            render: (_, p) => <Link to={`/petitions/${p.id}`}>{p.code}</Link>,
          },
          { title: t("petitions.summary"), dataIndex: "summary", key: "summary" },
          { title: t("petitions.unit"), dataIndex: "unitName", key: "unit", width: 120 },
          {
            title: t("petitions.handler"),
            key: "handler",
            width: 170,
            render: (_, p) =>
              p.handler ? `${p.handler.fullName} — ${p.agency?.name ?? ""}` : t("petitions.unassigned"),
          },
          {
            title: t("petitions.currentDue"),
            key: "due",
            width: 200,
            render: (_, p) => <DueTag due={p.currentDue} daysLeft={p.daysLeft} />,
          },
          {
            title: t("petitions.direction.column"),
            key: "direction",
            width: 260,
            render: (_, p) => <FollowUpCell followUp={p.followUp} testId={`follow-up-${p.code}`} />,
          },
          {
            title: t("common.actions"),
            key: "actions",
            width: 230,
            // Kept in view when the table scrolls sideways: the urge and report buttons are the point.
            fixed: "right",
            render: (_, p) => (
              <Space wrap>
                {p.abilities.urge && (
                  <Button
                    size="small"
                    onClick={() => onPick({ id: p.id, kind: "urge" })}
                    data-testid={`urge-${p.code}`}
                  >
                    {t("petitions.actions.urge")}
                  </Button>
                )}
                {p.abilities.reportToHead && (
                  <Button
                    size="small"
                    onClick={() => onPick({ id: p.id, kind: "report-to-head" })}
                    data-testid={`report-${p.code}`}
                  >
                    {t("petitions.actions.reportToHead")}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}
