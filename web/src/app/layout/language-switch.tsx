import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { type Lang, useLang } from "../../lib/use-lang";
import { changeLanguage } from "../i18n";

/** VI/EN switch; onChange lets the signed-in header remember the choice on the server. */
export function LanguageSwitch({ onChange }: { onChange?: (lang: Lang) => void }) {
  const lang = useLang();
  const { t } = useTranslation();

  const handleChange = (value: Lang) => {
    void changeLanguage(value);
    onChange?.(value);
  };

  return (
    <Segmented<Lang>
      data-testid="lang-switch"
      aria-label={t("layout.language")}
      size="small"
      value={lang}
      onChange={handleChange}
      options={[
        {
          value: "vi",
          label: (
            <span data-testid="lang-switch-vi" lang="vi" title="Tiếng Việt">
              VI
            </span>
          ),
        },
        {
          value: "en",
          label: (
            <span data-testid="lang-switch-en" lang="en" title="English">
              EN
            </span>
          ),
        },
      ]}
    />
  );
}
