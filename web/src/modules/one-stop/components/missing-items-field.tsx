import type { Procedure } from "@danvan/common";
import { Checkbox, Input, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";

export type MissingItem = { key: string | null; description: string };
type Props = {
  documents: Procedure["documents"];
  value?: MissingItem[];
  onChange?: (value: MissingItem[]) => void;
};

/**
 * The complete list of what is missing, asked for once (NĐ 61/2018 Đ.15 k.3): catalogue documents are
 * ticked, anything else is written one item per line.
 */
export function MissingItemsField({ documents, value = [], onChange }: Props) {
  const { t } = useTranslation();
  const [other, setOther] = useState(
    value
      .filter((v) => v.key === null)
      .map((v) => v.description)
      .join("\n"),
  );
  const keyed = value.filter((v) => v.key !== null);
  const emit = (nextKeyed: MissingItem[], otherText: string) =>
    onChange?.([
      ...nextKeyed,
      ...otherText
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .map((description) => ({ key: null, description })),
    ]);
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="missing-items">
      {documents.map((d) => (
        <Checkbox
          key={d.key}
          checked={keyed.some((k) => k.key === d.key)}
          data-testid={`missing-${d.key}`}
          onChange={(e) =>
            emit(
              e.target.checked
                ? [...keyed, { key: d.key, description: d.name }]
                : keyed.filter((k) => k.key !== d.key),
              other,
            )
          }
        >
          {d.name}
        </Checkbox>
      ))}
      <Typography.Text type="secondary">{t("onestop.missing.otherHint")}</Typography.Text>
      <Input.TextArea
        rows={3}
        value={other}
        maxLength={4000}
        data-testid="missing-other"
        onChange={(e) => {
          setOther(e.target.value);
          emit(keyed, e.target.value);
        }}
      />
    </Space>
  );
}
