import { PrinterOutlined } from "@ant-design/icons";
import type { DossierDetail } from "@danvan/common";
import { Button, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { dossierDocumentUrl } from "../api";
import type { DocumentKind } from "../labels";
import { ActionModal } from "./actions/action-modal";
import { ACTIONS, type Action, ORDER } from "./actions/action-specs";

/** The slips that exist for this dossier: each is printed once its event has happened. */
export function printableSlips(d: DossierDetail): DocumentKind[] {
  const out: DocumentKind[] = [];
  if (d.receivedDate) {
    out.push("receipt");
  }
  if (d.supplementCount > 0 || d.processingReturnCount > 0) {
    out.push("supplement");
  }
  if (d.status === "refused") {
    out.push("refusal");
  }
  if (d.reappointmentCount > 0) {
    out.push("apology");
  }
  if (d.status === "returned") {
    out.push("rating");
  }
  return out;
}

/** The buttons the server's `abilities` allow, each opening its dialog, and the slips to print. */
export function DossierActions({ dossier }: { dossier: DossierDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Action | null>(null);
  const allowed = ORDER.filter((a) => dossier.abilities[a]);
  const slips = printableSlips(dossier);
  return (
    <>
      {allowed.length > 0 && (
        <Space wrap data-testid="dossier-actions">
          {allowed.map((a) => (
            <Button
              key={a}
              type={ACTIONS[a].primary ? "primary" : "default"}
              danger={ACTIONS[a].danger}
              onClick={() => setOpen(a)}
              data-testid={`action-${a}`}
            >
              {t(`onestop.actions.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      {slips.length > 0 && (
        <Space wrap data-testid="dossier-slips">
          {slips.map((k) => (
            <Button
              key={k}
              icon={<PrinterOutlined />}
              href={dossierDocumentUrl(dossier.id, k)}
              target="_blank"
              rel="noopener"
              data-testid={`print-${k}`}
            >
              {t(`onestop.print.${k}`)}
            </Button>
          ))}
        </Space>
      )}
      {open && <ActionModal dossier={dossier} action={open} onClose={() => setOpen(null)} />}
    </>
  );
}
