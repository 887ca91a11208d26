import { DeleteOutlined } from "@ant-design/icons";
import { type GrantInput, Role, type Staff } from "@danvan/common";
import { App, Button, Drawer, Empty, Form, Popconfirm, Select, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { roleLabel } from "../../../lib/labels";
import { useLang } from "../../../lib/use-lang";
import { useReportError } from "../../../lib/use-report-error";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";
import { useAddGrant, useRemoveGrant } from "../api";

type Props = { staff: Staff; onChange: (staff: Staff) => void; onClose: () => void };

/** Lists a staff member's role grants; adds and removes them when the user may. */
export function StaffGrantsDrawer({ staff, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<GrantInput>();
  const addGrant = useAddGrant();
  const removeGrant = useRemoveGrant();
  const reportError = useReportError();
  const canGrant = staff.abilities.grant;

  const handleAdd = (values: GrantInput) => {
    addGrant.mutate(
      { staffId: staff.id, ...values },
      {
        onSuccess: (updated) => {
          form.resetFields();
          onChange(updated);
          message.success(t("staff.grantAdded"));
        },
        onError: (error) => reportError(error, form),
      },
    );
  };

  const handleRemove = (grantId: string) => {
    removeGrant.mutate(
      { staffId: staff.id, grantId },
      { onSuccess: (updated) => onChange(updated), onError: (error) => reportError(error) },
    );
  };

  return (
    <Drawer open size={560} title={t("staff.grantsTitle", { name: staff.fullName })} onClose={onClose}>
      {staff.grants.length === 0 ? (
        <Empty description={t("staff.noGrants")} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={staff.grants}
          data-testid="grant-table"
          columns={[
            { title: t("staff.role"), key: "role", render: (_, g) => roleLabel(g.role, lang) },
            { title: t("staff.grantUnit"), key: "unit", render: (_, g) => `${g.unitName} (${g.unitCode})` },
            ...(canGrant
              ? [
                  {
                    title: t("common.actions"),
                    key: "actions",
                    width: 100,
                    render: (_: unknown, g: Staff["grants"][number]) => (
                      <Popconfirm
                        title={t("staff.removeGrantConfirm")}
                        okText={t("common.remove")}
                        cancelText={t("common.cancel")}
                        onConfirm={() => handleRemove(g.id)}
                      >
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          data-testid={`grant-remove-${g.id}`}
                        >
                          {t("common.remove")}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {canGrant && (
        <>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t("staff.addGrant")}
          </Typography.Title>
          <Form<GrantInput> form={form} layout="vertical" onFinish={handleAdd}>
            <Form.Item
              name="role"
              label={t("staff.role")}
              rules={[{ required: true, message: t("validation.required") }]}
            >
              <Select
                options={Role.options.map((role) => ({ value: role, label: roleLabel(role, lang) }))}
                data-testid="grant-role"
              />
            </Form.Item>
            <Form.Item
              name="unitId"
              label={t("staff.grantUnit")}
              rules={[{ required: true, message: t("validation.required") }]}
            >
              <UnitTreeSelect data-testid="grant-unit" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={addGrant.isPending} data-testid="grant-submit">
              {t("staff.addGrant")}
            </Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
