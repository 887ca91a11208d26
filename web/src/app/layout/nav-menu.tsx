import type { Permission } from "@danvan/common";
import { Menu, type MenuProps } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { NAV_GROUPS, type NavItem, visibleNavItems } from "./nav-items";

type MenuItems = NonNullable<MenuProps["items"]>;

function selectedKey(items: NavItem[], pathname: string): string[] {
  const match = items
    .filter((item) => (item.path === "/" ? pathname === "/" : pathname.startsWith(item.path)))
    .sort((a, b) => b.path.length - a.path.length)[0];
  return match ? [match.key] : [];
}

export function NavMenu({ permissions }: { permissions: readonly Permission[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = visibleNavItems(permissions);

  const toMenuItem = (item: NavItem) => ({
    key: item.key,
    icon: item.icon,
    label: <Link to={item.path}>{t(item.labelKey)}</Link>,
    "data-testid": `menu-${item.key}`,
  });

  const menuItems: MenuItems = [];
  for (const group of NAV_GROUPS) {
    const groupItems = items.filter((item) => item.group === group);
    if (groupItems.length === 0) {
      continue;
    }
    if (group === "main") {
      menuItems.push(...groupItems.map(toMenuItem));
    } else {
      menuItems.push({
        type: "group",
        key: `group-${group}`,
        label: t(`nav.group.${group}`),
        children: groupItems.map(toMenuItem),
      });
    }
  }

  return <Menu theme="dark" mode="inline" selectedKeys={selectedKey(items, pathname)} items={menuItems} />;
}
