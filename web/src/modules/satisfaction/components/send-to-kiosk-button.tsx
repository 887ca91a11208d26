import { SendOutlined } from "@ant-design/icons";
import type { InteractionKind } from "@danvan/common";
import { App, Button, Modal, Radio, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useReportError } from "../../../lib/use-report-error";
import { useKiosks, useSendToKiosk } from "../api";

const LAST_KIOSK = "danvan.kiosk.last";

type Props = {
  kind: InteractionKind;
  /** The dossier, petition, reception entry or task id. */
  refId: string;
  label: string;
  size?: "small" | "middle" | "large";
};

/**
 * The clerk's "send to kiosk": shows the just-finished interaction on the counter's tablet. With one
 * tablet in scope it sends at once; with several it asks which counter (the last one is preselected).
 */
export function SendToKioskButton({ kind, refId, label, size }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const report = useReportError();
  const kiosks = useKiosks();
  const send = useSendToKiosk();
  const [choosing, setChoosing] = useState(false);
  const [kioskId, setKioskId] = useState<string | null>(() => window.localStorage.getItem(LAST_KIOSK));
  const items = kiosks.data?.items ?? [];

  const doSend = (id: string) => {
    window.localStorage.setItem(LAST_KIOSK, id);
    send.mutate(
      { kioskId: id, kind, refId },
      {
        onSuccess: () => {
          setChoosing(false);
          void message.success(t("satisfaction.kiosks.sent", { label }));
        },
        onError: (e) => report(e),
      },
    );
  };

  return (
    <>
      <Button
        size={size}
        icon={<SendOutlined />}
        loading={send.isPending}
        disabled={kiosks.isSuccess && items.length === 0}
        title={kiosks.isSuccess && items.length === 0 ? t("satisfaction.kiosks.noKiosk") : undefined}
        onClick={() => (items.length === 1 ? doSend(items[0]!.id) : setChoosing(true))}
      >
        {t("satisfaction.kiosks.send")}
      </Button>
      <Modal
        open={choosing}
        title={t("satisfaction.kiosks.sendTo")}
        okText={t("satisfaction.kiosks.send")}
        okButtonProps={{ disabled: !items.some((k) => k.id === kioskId), loading: send.isPending }}
        onOk={() => kioskId && doSend(kioskId)}
        onCancel={() => setChoosing(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{label}</Typography.Paragraph>
        <Radio.Group value={kioskId} onChange={(e) => setKioskId(e.target.value as string)}>
          <Space direction="vertical">
            {items.map((k) => (
              <Radio key={k.id} value={k.id}>
                {k.label} · {k.unitName}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Modal>
    </>
  );
}
