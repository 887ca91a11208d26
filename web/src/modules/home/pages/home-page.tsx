import { Card, Col, Row, Space, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { visibleNavItems } from "../../../app/layout/nav-items";
import { roleLabel } from "../../../lib/labels";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";

export default function HomePage() {
  const me = useMe();
  const { t } = useTranslation();
  const lang = useLang();
  const links = visibleNavItems(me.permissions).filter((item) => item.key !== "home");

  return (
    <Space orientation="vertical" size={16} style={{ width: "100%" }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="home-welcome">
          {t("home.welcome", { name: me.fullName })}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t("home.unit")}: <strong>{me.unitName}</strong>
        </Typography.Paragraph>
        <Typography.Title level={5}>{t("home.grants")}</Typography.Title>
        {me.grants.length === 0 ? (
          <Typography.Text type="secondary">{t("home.noGrants")}</Typography.Text>
        ) : (
          <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="home-grants">
            {me.grants.map((grant) => (
              <li key={grant.id}>
                <Tag color="blue">{roleLabel(grant.role, lang)}</Tag> {grant.unitName}{" "}
                <Typography.Text type="secondary">({grant.unitCode})</Typography.Text>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("home.quickLinks")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {links.map((item) => (
          <Col key={item.key} xs={24} sm={12} lg={8}>
            <Link to={item.path} data-testid={`quick-${item.key}`}>
              <Card hoverable>
                <Space size={12}>
                  <span aria-hidden style={{ fontSize: 24, color: "#1d4e89" }}>
                    {item.icon}
                  </span>
                  <span>
                    <Typography.Text strong style={{ display: "block" }}>
                      {t(item.labelKey)}
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t(item.descriptionKey ?? `home.describe.${item.key}`, { defaultValue: "" })}
                    </Typography.Text>
                  </span>
                </Space>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>
    </Space>
  );
}
