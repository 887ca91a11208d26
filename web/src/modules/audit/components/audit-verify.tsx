import { SafetyOutlined } from "@ant-design/icons";
import { Alert, Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useVerifyAuditChain } from "../api";

/** "Verify chain" button and its result. */
export function AuditVerify() {
  const { t } = useTranslation();
  const verify = useVerifyAuditChain();
  const reportError = useReportError();
  const result = verify.data;

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Button
        icon={<SafetyOutlined />}
        loading={verify.isPending}
        onClick={() => verify.mutate(undefined, { onError: (error) => reportError(error) })}
        data-testid="audit-verify"
      >
        {t("audit.verify")}
      </Button>
      {result && (
        <Alert
          showIcon
          type={result.ok ? "success" : "error"}
          data-testid="audit-verify-result"
          title={result.ok ? t("audit.verifyOk", { count: result.checked }) : t("audit.verifyBroken")}
          description={
            result.ok
              ? undefined
              : t("audit.verifyBrokenDetail", { seq: result.firstBrokenSeq, count: result.checked })
          }
        />
      )}
    </Space>
  );
}
