import type { TaskPersonOption } from "@danvan/common";
import { foldVietnamese } from "@danvan/common/identity";
import { Select } from "antd";
import { useTranslation } from "react-i18next";

type Props = {
  value?: string;
  onChange?: (value: string | undefined) => void;
  people: TaskPersonOption[] | undefined;
  isLoading: boolean;
  disabled?: boolean;
  placeholder: string;
  "data-testid"?: string;
};

/** Picks one person from the list the server allows for the chosen unit; searches without diacritics. */
export function PersonSelect({ people, isLoading, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <Select
      {...rest}
      allowClear
      loading={isLoading}
      notFoundContent={t("tasks.create.noPeople")}
      showSearch={{
        filterOption: (input, option) =>
          foldVietnamese(String(option?.search ?? "")).includes(foldVietnamese(input)),
      }}
      options={(people ?? []).map((p) => ({
        value: p.id,
        search: p.fullName,
        label: [p.fullName, p.positionName, p.unitName].filter(Boolean).join(" · "),
      }))}
    />
  );
}
