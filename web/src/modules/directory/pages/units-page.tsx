import { PlusOutlined } from "@ant-design/icons";
import type { Unit } from "@danvan/common";
import { Alert, App, Button, Card, Space, Switch, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { PageLoader } from "../../../app/page-loader";
import { useMe } from "../../auth/api";
import { useUnits } from "../api";
import { UnitCreateModal } from "../components/unit-create-modal";
import { UnitEditModal } from "../components/unit-edit-modal";
import { UnitRetireModal } from "../components/unit-retire-modal";
import { UnitTable } from "../components/unit-table";

type Dialog =
  | { kind: "create"; parentId: string | null }
  | { kind: "edit"; unit: Unit }
  | { kind: "retire"; unit: Unit }
  | null;

export default function UnitsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const { data: units, isPending, isError } = useUnits();
  const [showHistory, setShowHistory] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const visible = useMemo(() => (units ?? []).filter((u) => showHistory || u.isActive), [units, showHistory]);
  const canCreate = me.permissions.includes("directory.units.manage");

  const handleClose = () => setDialog(null);
  const handleDone = (key: string, name?: string) => {
    setDialog(null);
    message.success(t(key, { name }));
  };

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("units.title")}
        </Typography.Title>
        <Space wrap>
          <label htmlFor="show-history" style={{ display: "inline-flex", gap: 8, alignItems: "center" }}>
            <Switch
              id="show-history"
              checked={showHistory}
              onChange={setShowHistory}
              data-testid="units-show-history"
            />
            {t("units.showHistory")}
          </label>
          {canCreate && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ kind: "create", parentId: null })}
              data-testid="create-unit"
            >
              {t("units.create")}
            </Button>
          )}
        </Space>
      </Space>
      {isPending && <PageLoader />}
      {isError && <Alert type="error" showIcon title={t("errors.loadFailed")} />}
      {units && (
        <UnitTable
          units={visible}
          onAddChild={(unit) => setDialog({ kind: "create", parentId: unit.id })}
          onEdit={(unit) => setDialog({ kind: "edit", unit })}
          onRetire={(unit) => setDialog({ kind: "retire", unit })}
        />
      )}
      {dialog?.kind === "create" && (
        <UnitCreateModal
          parentId={dialog.parentId}
          onClose={handleClose}
          onCreated={(name) => handleDone("units.created", name)}
        />
      )}
      {dialog?.kind === "edit" && (
        <UnitEditModal unit={dialog.unit} onClose={handleClose} onSaved={() => handleDone("common.saved")} />
      )}
      {dialog?.kind === "retire" && (
        <UnitRetireModal
          unit={dialog.unit}
          onClose={handleClose}
          onRetired={() => handleDone("units.retired", dialog.unit.name)}
        />
      )}
    </Card>
  );
}
