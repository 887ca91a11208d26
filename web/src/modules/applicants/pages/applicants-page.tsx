import { BankOutlined, UserAddOutlined } from "@ant-design/icons";
import type { ApplicantKind } from "@danvan/common";
import { App, Button, Card, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadMore } from "../../../components/load-more";
import { SearchInput } from "../../../components/search-input";
import { useDebouncedValue } from "../../../lib/use-debounced-value";
import { useMe } from "../../auth/api";
import { useApplicants } from "../api";
import { ApplicantTable } from "../components/applicant-table";
import { OrganisationCreateModal } from "../components/organisation-create-modal";
import { PersonCreateModal } from "../components/person-create-modal";

type KindFilter = ApplicantKind | "all";

export default function ApplicantsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useMe();
  const [q, setQ] = useState("");
  const debouncedQ = useDebouncedValue(q);
  const [kind, setKind] = useState<KindFilter>("all");
  const [dialog, setDialog] = useState<ApplicantKind | null>(null);
  const list = useApplicants({ q: debouncedQ, kind: kind === "all" ? undefined : kind });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const canCreate = me.permissions.includes("applicants.manage");

  const handleCreated = (name: string) => {
    setDialog(null);
    message.success(t("applicants.created", { name }));
  };

  return (
    <Card>
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 16 }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("applicants.title")}
        </Typography.Title>
        {canCreate && (
          <Space wrap>
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              onClick={() => setDialog("person")}
              data-testid="create-person"
            >
              {t("applicants.createPerson")}
            </Button>
            <Button
              icon={<BankOutlined />}
              onClick={() => setDialog("organisation")}
              data-testid="create-organisation"
            >
              {t("applicants.createOrganisation")}
            </Button>
          </Space>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <SearchInput
          value={q}
          onChange={setQ}
          placeholder={t("applicants.searchPlaceholder")}
          width={400}
          testId="applicant-search"
        />
        <Select<KindFilter>
          value={kind}
          onChange={setKind}
          aria-label={t("applicants.kind")}
          style={{ width: 200 }}
          data-testid="applicant-kind-filter"
          options={[
            { value: "all", label: t("applicants.allKinds") },
            { value: "person", label: t("applicants.person") },
            { value: "organisation", label: t("applicants.organisation") },
          ]}
        />
      </Space>
      <ApplicantTable items={items} isLoading={list.isPending} />
      <LoadMore
        hasMore={list.hasNextPage}
        isLoading={list.isFetchingNextPage}
        shown={items.length}
        onLoadMore={() => void list.fetchNextPage()}
      />
      {dialog === "person" && (
        <PersonCreateModal
          defaultUnitId={me.unitId}
          onClose={() => setDialog(null)}
          onCreated={handleCreated}
        />
      )}
      {dialog === "organisation" && (
        <OrganisationCreateModal
          defaultUnitId={me.unitId}
          onClose={() => setDialog(null)}
          onCreated={handleCreated}
        />
      )}
    </Card>
  );
}
