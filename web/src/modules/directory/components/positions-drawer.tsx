import type { Agency } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Button, Drawer, Empty, Form, Input, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { compareVi } from "../../../lib/format";
import { useReportError } from "../../../lib/use-report-error";
import { useCreatePosition, usePositions } from "../api";

type Props = { agency: Agency; onClose: () => void };

export function PositionsDrawer({ agency, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const { data: positions, isPending } = usePositions(agency.id);
  const createPosition = useCreatePosition();
  const reportError = useReportError();
  const sorted = [...(positions ?? [])].sort((a, b) => compareVi(a.name, b.name));

  const handleFinish = ({ name }: { name: string }) => {
    createPosition.mutate(
      { agencyId: agency.id, name },
      { onSuccess: () => form.resetFields(), onError: (error) => reportError(error, form) },
    );
  };

  return (
    <Drawer open size={480} title={t("positions.title", { name: agency.name })} onClose={onClose}>
      {isPending ? (
        <Spin />
      ) : sorted.length === 0 ? (
        <Empty description={t("positions.empty")} />
      ) : (
        <ul style={{ paddingLeft: 18 }} data-testid="position-list">
          {sorted.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ul>
      )}
      {agency.abilities.update && (
        <>
          <Typography.Title level={5}>{t("positions.add")}</Typography.Title>
          <Form form={form} layout="vertical" onFinish={handleFinish}>
            <Form.Item
              name="name"
              label={t("positions.name")}
              rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
            >
              <Input maxLength={LIMITS.name} data-testid="position-name" />
            </Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={createPosition.isPending}
              data-testid="position-submit"
            >
              {t("common.add")}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
