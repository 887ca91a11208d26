import { foldVietnamese } from "@danvan/common/identity";
import { TreeSelect } from "antd";
import { type CSSProperties, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useUnits } from "../api";
import { toUnitOptions } from "../unit-tree";

type Props = {
  id?: string;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  allowClear?: boolean;
  disabled?: boolean;
  excludeId?: string;
  placeholder?: string;
  style?: CSSProperties;
  "data-testid"?: string;
  "aria-label"?: string;
};

/** Picks active units from the user's scope; works inside a Form.Item. */
export function UnitTreeSelect({ value, onChange, multiple, excludeId, placeholder, ...rest }: Props) {
  const { t } = useTranslation();
  const { data: units, isPending } = useUnits();
  const treeData = useMemo(() => toUnitOptions(units ?? [], excludeId), [units, excludeId]);

  return (
    <TreeSelect
      {...rest}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      multiple={multiple}
      treeData={treeData}
      loading={isPending}
      showSearch={{
        filterTreeNode: (input, node) =>
          foldVietnamese(String(node.title ?? "")).includes(foldVietnamese(input)),
      }}
      treeDefaultExpandAll={treeData.length < 3}
      placeholder={placeholder ?? t("units.pick")}
      popupMatchSelectWidth={false}
      style={{ minWidth: 240, ...rest.style }}
    />
  );
}
