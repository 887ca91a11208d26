import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Role } from "@danvan/common";
import { LIMITS } from "@danvan/common/limits";
import { Button, Flex, Form, Select } from "antd";
import { useTranslation } from "react-i18next";
import { roleLabel } from "../../../lib/labels";
import { useLang } from "../../../lib/use-lang";
import { UnitTreeSelect } from "../../directory/components/unit-tree-select";

/** Form.List of `{ role, unitId }` rows under the name "grants". */
export function GrantRowsField() {
  const { t } = useTranslation();
  const lang = useLang();
  const roleOptions = Role.options.map((role) => ({ value: role, label: roleLabel(role, lang) }));

  return (
    <Form.List name="grants">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="flex-start" data-testid={`grant-row-${index}`}>
              <Form.Item
                name={[field.name, "role"]}
                label={index === 0 ? t("staff.role") : undefined}
                rules={[{ required: true, message: t("validation.required") }]}
                style={{ flex: 1 }}
              >
                <Select
                  options={roleOptions}
                  aria-label={t("staff.role")}
                  data-testid={`grant-role-${index}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, "unitId"]}
                label={index === 0 ? t("staff.grantUnit") : undefined}
                rules={[{ required: true, message: t("validation.required") }]}
                style={{ flex: 1 }}
              >
                <UnitTreeSelect aria-label={t("staff.grantUnit")} data-testid={`grant-unit-${index}`} />
              </Form.Item>
              <Button
                type="text"
                danger
                icon={<MinusCircleOutlined />}
                onClick={() => remove(field.name)}
                aria-label={t("staff.removeGrant")}
                style={{ marginTop: index === 0 ? 30 : 0 }}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
            disabled={fields.length >= LIMITS.grantsPerStaff}
            data-testid="grant-add-row"
          >
            {t("staff.addGrantRow")}
          </Button>
        </>
      )}
    </Form.List>
  );
}
