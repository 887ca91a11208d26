import type { RatingForm } from "@danvan/common";
import { Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";

/** What is being rated, so the citizen knows which service the form is about. */
export function InteractionSummary({ form, large }: { form: RatingForm; large?: boolean }) {
  const { t } = useTranslation();
  if (large) {
    // The tablet shows one compact block, so the three levels and "send" fit a 1280×800 screen.
    return (
      <div
        style={{ background: "#fafafa", border: "1px solid #f0f0f0", borderRadius: 8, padding: "10px 16px" }}
      >
        <div style={{ fontSize: 22, fontWeight: 600 }}>
          {t(`satisfaction.kind.${form.kind}`)} · {form.label}
        </div>
        <div style={{ fontSize: 17, color: "rgba(0,0,0,0.65)" }}>
          {[
            form.procedureName,
            form.officerName && `${t("satisfaction.summary.officer")}: ${form.officerName}`,
            form.unitName,
          ]
            .filter(Boolean)
            .join(" · ")}
        </div>
      </div>
    );
  }
  return (
    <Descriptions
      size={large ? "default" : "small"}
      column={1}
      bordered
      labelStyle={{ width: large ? 220 : 150 }}
      contentStyle={{ fontSize: large ? 18 : undefined }}
      items={[
        { key: "kind", label: t("satisfaction.summary.kind"), children: t(`satisfaction.kind.${form.kind}`) },
        { key: "label", label: t("satisfaction.summary.label"), children: form.label },
        ...(form.procedureName
          ? [{ key: "procedure", label: t("satisfaction.summary.procedure"), children: form.procedureName }]
          : []),
        { key: "unit", label: t("satisfaction.summary.unit"), children: form.unitName },
        ...(form.officerName
          ? [{ key: "officer", label: t("satisfaction.summary.officer"), children: form.officerName }]
          : []),
        {
          key: "finished",
          label: t("satisfaction.summary.finished"),
          children: formatDateTime(form.finishedAt),
        },
      ]}
    />
  );
}
