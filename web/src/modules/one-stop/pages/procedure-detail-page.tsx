import { ArrowLeftOutlined, EditOutlined } from "@ant-design/icons";
import { Button, Card, Result, Space, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useMe } from "../../auth/api";
import { useProcedure } from "../api";
import { ProcedureView } from "../components/procedure-view";

export default function ProcedureDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe();
  const query = useProcedure(id);
  if (query.isPending) {
    return <Spin style={{ display: "block", margin: 48 }} />;
  }
  if (query.isError) {
    return (
      <Result
        status="404"
        title={t("onestop.catalogue.notFound")}
        extra={<Link to="/onestop/procedures">{t("onestop.catalogue.back")}</Link>}
      />
    );
  }
  const p = query.data;
  return (
    <Card>
      <Space direction="vertical" style={{ width: "100%" }}>
        <Link to="/onestop/procedures">
          <ArrowLeftOutlined /> {t("onestop.catalogue.back")}
        </Link>
        <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="procedure-name">
            {p.name}
          </Typography.Title>
          {me.permissions.includes("onestop.catalogue.manage") && (
            <Link to={`/onestop/procedures/${p.id}/edit`}>
              <Button icon={<EditOutlined />} data-testid="procedure-edit">
                {t("common.edit")}
              </Button>
            </Link>
          )}
        </Space>
        <ProcedureView procedure={p} />
      </Space>
    </Card>
  );
}
