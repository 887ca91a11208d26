import { Button, Modal } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type Props = {
  title: ReactNode;
  isSubmitting: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel?: string;
  width?: number;
  danger?: boolean;
  children: ReactNode;
  testId?: string;
};

/** A modal whose footer submits the form inside it; rendered only while open. */
export function FormModal({
  title,
  isSubmitting,
  onSubmit,
  onCancel,
  submitLabel,
  width,
  danger,
  children,
  testId,
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      width={width ?? 560}
      onCancel={onCancel}
      mask={{ closable: false }}
      footer={[
        <Button key="cancel" onClick={onCancel} data-testid="modal-cancel">
          {t("common.cancel")}
        </Button>,
        <Button
          key="submit"
          type="primary"
          danger={danger}
          loading={isSubmitting}
          onClick={onSubmit}
          data-testid="modal-submit"
        >
          {submitLabel ?? t("common.save")}
        </Button>,
      ]}
    >
      <div data-testid={testId}>{children}</div>
    </Modal>
  );
}
