import type { DossierDetail } from "@danvan/common";
import { Form } from "antd";
import { useTranslation } from "react-i18next";
import { answerRows } from "../../missing-rows";
import { type ChecklistDoc, DocumentsChecklist, type SubmittedDoc } from "../documents-checklist";

/**
 * What the counter can record as supplemented: the items asked for first, free-text ones included and
 * none shown as handed in (they were asked again), then the rest of the catalogue as at filing.
 */
export function supplementRows(dossier: DossierDetail, catalogue: ChecklistDoc[]) {
  const kind = dossier.status === "supplement_requested" ? "supplement" : "return";
  const items = (kind === "supplement" ? dossier.supplementItems : dossier.processingReturnItems) ?? [];
  const onFile = dossier.documents.map((d) => d.key);
  if (items.length === 0) {
    return { rows: catalogue, itemOf: new Map<string, number>(), given: onFile };
  }
  const asked = answerRows(kind, items, catalogue);
  const askedKeys = new Set(asked.rows.map((r) => r.key));
  return {
    rows: [...asked.rows, ...catalogue.filter((d) => !askedKeys.has(d.key))],
    itemOf: asked.itemOf,
    given: onFile.filter((k) => !askedKeys.has(k)),
  };
}

type Props = { rows: ChecklistDoc[]; given: string[] };

/** The supplement's checklist: at least one item ticked, each with its form, count and any scans. */
export function SupplementDocumentsItem({ rows, given }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="documents"
      label={t("onestop.supplementBrought")}
      extra={t("onestop.supplementHint")}
      rules={[
        {
          validator: (_, v: SubmittedDoc[] | undefined) =>
            v && v.length > 0 ? Promise.resolve() : Promise.reject(new Error(t("onestop.supplementNone"))),
        },
      ]}
    >
      <DocumentsChecklist documents={rows} given={given} withFiles inPerson testId="supplement-documents" />
    </Form.Item>
  );
}
