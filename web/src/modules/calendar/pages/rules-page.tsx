import { PlusOutlined } from "@ant-design/icons";
import type { RuleVersion } from "@danvan/common";
import { foldVietnamese } from "@danvan/common/identity";
import { Alert, App, Button, Card, Collapse, Input, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../../lib/use-lang";
import { useMe } from "../../auth/api";
import { useRules } from "../api";
import { RuleFormModal } from "../components/rule-form-modal";
import { RuleVersionsTable } from "../components/rule-versions-table";
import { todayInVietnam } from "../day-kinds";
import { ruleCategory, versionStatus } from "../rule-text";

type Dialog = { base: RuleVersion | null } | null;

const CATEGORY_ORDER = [
  "reception",
  "petition",
  "complaint",
  "denunciation",
  "feedback",
  "onestop",
  "grassroots",
];

/** Statutory numbers by rule, each with its dated versions and sources; admins add a version when a law changes. */
export default function RulesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const me = useMe();
  const canManage = me.permissions.includes("calendar.manage");
  const rules = useRules();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [search, setSearch] = useState("");
  const today = todayInVietnam();

  const groups = useMemo(() => {
    const needle = foldVietnamese(search.trim());
    const byCode = new Map<string, RuleVersion[]>();
    for (const r of rules.data ?? []) {
      const hay = foldVietnamese(`${r.code} ${r.nameVi} ${r.nameEn} ${r.sourceRef}`);
      if (!needle || hay.includes(needle)) {
        byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
      }
    }
    const byCategory = new Map<string, [string, RuleVersion[]][]>();
    for (const entry of byCode) {
      const category = ruleCategory(entry[0]);
      byCategory.set(category, [...(byCategory.get(category) ?? []), entry]);
    }
    const rank = (c: string) =>
      CATEGORY_ORDER.includes(c) ? CATEGORY_ORDER.indexOf(c) : CATEGORY_ORDER.length;
    return [...byCategory].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
  }, [rules.data, search]);

  const items = groups.map(([category, codes]) => ({
    key: category,
    label: (
      <Typography.Text strong>
        {t(`calendar.rules.category.${category}`, { defaultValue: category })} ({codes.length})
      </Typography.Text>
    ),
    children: (
      <Space orientation="vertical" size={20} style={{ width: "100%" }}>
        {codes.map(([code, versions]) => {
          const current = versions.find((v) => versionStatus(v, today) === "in_force") ?? versions.at(-1);
          const name = current ? (lang === "en" ? current.nameEn : current.nameVi) : code;
          return (
            <div key={code} data-testid={`rule-${code}`}>
              <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 6 }} wrap>
                <span>
                  <Typography.Text strong>{name}</Typography.Text>{" "}
                  <Typography.Text type="secondary" code>
                    {code}
                  </Typography.Text>
                </span>
                {canManage && current && (
                  <Button
                    size="small"
                    icon={<PlusOutlined />}
                    onClick={() => setDialog({ base: current })}
                    data-testid={`rule-add-version-${code}`}
                  >
                    {t("calendar.rules.addVersion")}
                  </Button>
                )}
              </Space>
              <RuleVersionsTable versions={versions} today={today} />
            </div>
          );
        })}
      </Space>
    ),
  }));

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 8 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("calendar.rules.title")}
        </Typography.Title>
        <Space wrap>
          <Input.Search
            allowClear
            placeholder={t("calendar.rules.search")}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 280 }}
            data-testid="rule-search"
          />
          {canManage && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setDialog({ base: null })}
              data-testid="rule-create"
            >
              {t("calendar.rules.create")}
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary">{t("calendar.rules.intro")}</Typography.Paragraph>
      <Alert
        type="warning"
        showIcon
        title={t("calendar.rules.unverifiedBanner")}
        style={{ marginBottom: 16 }}
      />
      {rules.isError && <Alert type="error" showIcon title={t("errors.loadFailed")} />}
      {rules.data && items.length === 0 ? (
        <Typography.Text type="secondary">{t("calendar.rules.none")}</Typography.Text>
      ) : (
        <Collapse
          items={items}
          defaultActiveKey={groups.map(([category]) => category)}
          data-testid="rule-groups"
          key={groups.length}
        />
      )}
      {dialog && (
        <RuleFormModal
          base={dialog.base}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            message.success(t("calendar.rules.saved"));
          }}
        />
      )}
    </Card>
  );
}
