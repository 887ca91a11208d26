import { Form, Select } from "antd";
import { useTranslation } from "react-i18next";
import { compareVi } from "../../../lib/format";
import { useAgencies, usePositions } from "../../directory/api";

/** Agency and position pickers that follow the unit (and agency) chosen in the same form. */
export function AgencyPositionFields({ unitId }: { unitId: string | undefined }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const agencyId: string | null | undefined = Form.useWatch("agencyId", form);
  const { data: agencies, isFetching: isLoadingAgencies } = useAgencies(unitId);
  const { data: positions, isFetching: isLoadingPositions } = usePositions(agencyId);

  const agencyOptions = (agencies ?? [])
    .filter((a) => a.isActive && (!unitId || a.unitId === unitId))
    .sort((a, b) => compareVi(a.name, b.name))
    .map((a) => ({ value: a.id, label: a.name }));
  const positionOptions = (positions ?? [])
    .sort((a, b) => compareVi(a.name, b.name))
    .map((p) => ({ value: p.id, label: p.name }));

  return (
    <>
      <Form.Item name="agencyId" label={t("staff.agency")}>
        <Select
          allowClear
          disabled={!unitId}
          loading={isLoadingAgencies}
          options={agencyOptions}
          onChange={() => form.setFieldValue("positionId", null)}
          data-testid="staff-agency"
        />
      </Form.Item>
      <Form.Item name="positionId" label={t("staff.position")}>
        <Select
          allowClear
          disabled={!agencyId}
          loading={isLoadingPositions}
          options={positionOptions}
          data-testid="staff-position"
        />
      </Form.Item>
    </>
  );
}
