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
import { Col, Row } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PublicLayout } from "./public-layout";

/**
 * Texts under `publicHome.<key>`, in the shared strings: this page then needs no module's strings, which
 * load per module (issue #7).
 */
type Entry = { path: string; icon: ReactNode; key: string };

const ENTRIES: Entry[] = [
  { path: "/public/ho-so", icon: <SolutionOutlined />, key: "oneStop" },
  { path: "/public/petitions/new", icon: <FormOutlined />, key: "fileOnline" },
  { path: "/public/petitions/status", icon: <FileSearchOutlined />, key: "trackStatus" },
  { path: "/public/reception", icon: <TeamOutlined />, key: "receptionSchedule" },
  { path: "/public/consultations", icon: <CommentOutlined />, key: "consultations" },
  { path: "/public/promises", icon: <CheckSquareOutlined />, key: "promises" },
  { path: "/public/transparency", icon: <BarChartOutlined />, key: "transparency" },
  { path: "/public/calendar", icon: <CalendarOutlined />, key: "calendar" },
];

/**
 * The citizens' entry point: what they can do without an account. The entries are plain links styled
 * as cards (global.css): AntD's Card brings its tabs, dropdown and skeleton, too heavy for a phone's
 * first page (issue #7).
 */
export default function PublicHomePage() {
  const { t } = useTranslation();
  return (
    <PublicLayout title={t("publicHome.title")}>
      <p className="dv-public-intro">{t("publicHome.intro")}</p>
      <Row gutter={[16, 16]}>
        {ENTRIES.map((entry) => {
          const keys = `publicHome.${entry.key}`;
          return (
            <Col key={entry.key} xs={24} sm={12} md={8}>
              <Link to={entry.path} data-testid={`public-entry-${entry.key}`} className="dv-entry-card">
                <span aria-hidden className="dv-entry-card-icon">
                  {entry.icon}
                </span>
                <span>
                  <span className="dv-entry-card-title">{t(`${keys}.title`)}</span>
                  <span className="dv-entry-card-text">{t(`${keys}.text`)}</span>
                </span>
              </Link>
            </Col>
          );
        })}
      </Row>
    </PublicLayout>
  );
}
