import type { ThemeConfig } from "antd";

/** Calm government blue with a restrained red accent (header stripe, badges). */
export const BRAND = {
  blue: "#1d4e89",
  navy: "#0f2f57",
  red: "#c8102e",
  gold: "#ffd500",
} as const;

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.blue,
    colorLink: BRAND.blue,
    colorError: "#b42318",
    colorInfo: BRAND.blue,
    borderRadius: 6,
    fontSize: 14,
    colorBgLayout: "#f3f5f8",
    // AntD's default grey text is ~3.4:1 on white; these keep secondary text at WCAG AA (≥ 4.5:1).
    colorTextSecondary: "#4b5563",
    colorTextTertiary: "#5b6472",
    colorTextDescription: "#4b5563",
    colorTextPlaceholder: "#6b7280",
  },
  components: {
    Layout: { siderBg: BRAND.navy, headerBg: "#ffffff", headerPadding: "0 24px", triggerBg: "#0a2242" },
    Menu: {
      darkItemBg: BRAND.navy,
      darkSubMenuItemBg: "#0a2242",
      darkItemSelectedBg: BRAND.blue,
      darkItemColor: "rgba(255,255,255,0.85)",
    },
  },
};
