import { useTranslation } from "react-i18next";
import { type Lang, useLang } from "../../lib/use-lang";
import { changeLanguage } from "../i18n";

const LANGUAGES: { value: Lang; name: string }[] = [
  { value: "vi", name: "Tiếng Việt" },
  { value: "en", name: "English" },
];

/**
 * VI/EN switch; onChange lets the signed-in header remember the choice on the server. Two plain buttons in
 * Segmented's look (global.css): AntD's Segmented brings Tooltip into every public page's first load (issue #7).
 */
export function LanguageSwitch({ onChange }: { onChange?: (lang: Lang) => void }) {
  const lang = useLang();
  const { t } = useTranslation();

  const handleChange = (value: Lang) => {
    if (value === lang) {
      return;
    }
    void changeLanguage(value);
    onChange?.(value);
  };

  return (
    <fieldset data-testid="lang-switch" aria-label={t("layout.language")} className="dv-lang-switch">
      {LANGUAGES.map(({ value, name }) => (
        <button
          key={value}
          type="button"
          data-testid={`lang-switch-${value}`}
          lang={value}
          title={name}
          aria-pressed={value === lang}
          onClick={() => handleChange(value)}
        >
          {value.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}
