import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  HomeOutlined,
  IdcardOutlined,
  MailOutlined,
  TeamOutlined,
  ToolOutlined,
} from "@ant-design/icons";
import type { Permission } from "@danvan/common";
import type { ReactNode } from "react";
import { FEATURE_MODULES } from "../modules";

/** Menu groups in the order they appear. */
export const NAV_GROUPS = ["main", "work", "directory", "settings", "system"] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

export type NavItem = {
  key: string;
  path: string;
  labelKey: string;
  /** One line for the home page's quick access; defaults to home.describe.<key>. */
  descriptionKey?: string;
  icon: ReactNode;
  permission?: Permission;
  group: NavGroup;
};

export const NAV_ITEMS: NavItem[] = [
  { key: "home", path: "/", labelKey: "nav.home", icon: <HomeOutlined />, group: "main" },
  {
    key: "units",
    path: "/directory/units",
    labelKey: "nav.units",
    icon: <ApartmentOutlined />,
    permission: "directory.read",
    group: "directory",
  },
  {
    key: "agencies",
    path: "/directory/agencies",
    labelKey: "nav.agencies",
    icon: <BankOutlined />,
    permission: "directory.read",
    group: "directory",
  },
  {
    key: "staff",
    path: "/directory/staff",
    labelKey: "nav.staff",
    icon: <TeamOutlined />,
    permission: "directory.staff.read",
    group: "directory",
  },
  {
    key: "applicants",
    path: "/directory/applicants",
    labelKey: "nav.applicants",
    icon: <IdcardOutlined />,
    permission: "applicants.read",
    group: "directory",
  },
  {
    key: "audit",
    path: "/audit",
    labelKey: "nav.audit",
    icon: <AuditOutlined />,
    permission: "audit.read",
    group: "system",
  },
  {
    key: "ops-jobs",
    path: "/ops/jobs",
    labelKey: "nav.jobs",
    icon: <ToolOutlined />,
    permission: "jobs.manage",
    group: "system",
  },
  {
    key: "ops-mailbox",
    path: "/ops/mailbox",
    labelKey: "nav.mailbox",
    icon: <MailOutlined />,
    permission: "mailbox.read",
    group: "system",
  },
];

export function visibleNavItems(permissions: readonly Permission[]): NavItem[] {
  return [...NAV_ITEMS, ...FEATURE_MODULES.flatMap((m) => m.nav)].filter(
    (item) => !item.permission || permissions.includes(item.permission),
  );
}
