import {
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  CommentOutlined,
  FileSearchOutlined,
  FormOutlined,
  SolutionOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Card, Col, Row, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PublicLayout } from "./public-layout";

/** `i18nKey` names a module's own title/text keys; else `publicHome.<key>`. */
type Entry = { path: string; icon: ReactNode; key: string; i18nKey?: string };

const ENTRIES: Entry[] = [
  { path: "/public/ho-so", icon: <SolutionOutlined />, key: "oneStop", i18nKey: "onestop.home" },
  { path: "/public/petitions/new", icon: <FormOutlined />, key: "fileOnline" },
  { path: "/public/petitions/status", icon: <FileSearchOutlined />, key: "trackStatus" },
  { path: "/public/reception", icon: <TeamOutlined />, key: "receptionSchedule" },
  {
    path: "/public/consultations",
    icon: <CommentOutlined />,
    key: "consultations",
    i18nKey: "consultations.publicHome",
  },
  { path: "/public/promises", icon: <CheckSquareOutlined />, key: "promises" },
  {
    path: "/public/transparency",
    icon: <BarChartOutlined />,
    key: "transparency",
    i18nKey: "transparency.publicHome",
  },
  { path: "/public/calendar", icon: <CalendarOutlined />, key: "calendar" },
];

/** The citizens' entry point: what they can do without an account. */
export default function PublicHomePage() {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t("publicHome.title")}>
      <Typography.Paragraph>{t("publicHome.intro")}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {ENTRIES.map((entry) => (
          <Col key={entry.key} xs={24} sm={12} md={8}>
            <Link
              to={entry.path}
              data-testid={`public-entry-${entry.key}`}
              style={{ display: "block", height: "100%" }}
            >
              <Card hoverable style={{ height: "100%" }}>
                <Card.Meta
                  avatar={<span style={{ fontSize: 28 }}>{entry.icon}</span>}
                  title={t(`${entry.i18nKey ?? `publicHome.${entry.key}`}.title`)}
                  description={t(`${entry.i18nKey ?? `publicHome.${entry.key}`}.text`)}
                />
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </PublicLayout>
  );
}
