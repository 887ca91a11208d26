import { CheckCircleTwoTone, GlobalOutlined, StarOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Result, Spin, Typography } from "antd";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BRAND } from "../../../app/theme";
import { isApiError } from "../../../lib/api-client";
import { useLang } from "../../../lib/use-lang";
import { useKioskCurrent, useKioskRate } from "../api";
import { InteractionSummary } from "../components/interaction-summary";
import { RatingForm } from "../components/rating-form";

/** A half-filled form is cleared after this much quiet; the thank-you screen stays this long. */
const IDLE_MS = 90_000;
const THANKS_MS = 8_000;

const storageKey = (counter: string) => `danvan.kiosk.${counter}`;

/** The key arrives once in the binding link (?key=…); it is kept on the tablet and removed from the address. */
function useKioskKey(counter: string): string | null {
  const [key] = useState(() => {
    const url = new URL(window.location.href);
    const given = url.searchParams.get("key");
    if (given) {
      window.localStorage.setItem(storageKey(counter), given);
      url.searchParams.delete("key");
      window.history.replaceState(null, "", url.pathname + url.search);
      return given;
    }
    return window.localStorage.getItem(storageKey(counter));
  });
  return key;
}

/** Clears the form after a quiet spell, so the next citizen never sees the previous one's answers. */
function useIdleReset(onIdle: () => void, active: boolean) {
  const timer = useRef<number | undefined>(undefined);
  const arm = useCallback(() => {
    window.clearTimeout(timer.current);
    if (active) {
      timer.current = window.setTimeout(onIdle, IDLE_MS);
    }
  }, [active, onIdle]);
  useEffect(() => {
    arm();
    const events = ["pointerdown", "keydown", "touchstart"];
    for (const e of events) {
      window.addEventListener(e, arm);
    }
    return () => {
      window.clearTimeout(timer.current);
      for (const e of events) {
        window.removeEventListener(e, arm);
      }
    };
  }, [arm]);
}

/** The counter's tablet: full screen, no sign-in, Vietnamese with an English toggle. */
export default function KioskPage() {
  const { counter = "" } = useParams();
  const { t, i18n } = useTranslation();
  const lang = useLang();
  const key = useKioskKey(counter);
  const current = useKioskCurrent(counter, key, lang);
  const rate = useKioskRate(counter, key, lang);
  const [thanked, setThanked] = useState<{ followUp: boolean } | null>(null);
  const [formKey, setFormKey] = useState(0);
  const shown = current.data?.current;
  const reset = useCallback(() => {
    setFormKey((k) => k + 1);
    rate.reset();
    if (lang !== "vi") {
      void i18n.changeLanguage("vi");
    }
  }, [rate, lang, i18n]);
  useIdleReset(reset, !!shown && !thanked);
  useEffect(() => {
    if (!thanked) {
      return;
    }
    const id = window.setTimeout(() => {
      setThanked(null);
      reset();
    }, THANKS_MS);
    return () => window.clearTimeout(id);
  }, [thanked, reset]);

  const unbound = !key || (isApiError(current.error) && current.error.status === 401);
  let body: React.ReactNode;
  if (unbound) {
    body = (
      <Result
        status="warning"
        title={t("satisfaction.kiosk.unbound")}
        subTitle={t("satisfaction.kiosk.unboundHelp")}
      />
    );
  } else if (thanked) {
    body = (
      <Result
        icon={<CheckCircleTwoTone twoToneColor="#52c41a" style={{ fontSize: 96 }} />}
        title={<span style={{ fontSize: 32 }}>{t("satisfaction.kiosk.thanks")}</span>}
        subTitle={
          <span style={{ fontSize: 20 }}>{thanked.followUp ? t("satisfaction.public.followUp") : ""}</span>
        }
      />
    );
  } else if (!current.data) {
    body = <Spin size="large" />;
  } else if (!shown) {
    body = (
      <Result
        icon={<StarOutlined style={{ color: BRAND.red, fontSize: 96 }} />}
        title={<span style={{ fontSize: 32 }}>{t("satisfaction.kiosk.welcome")}</span>}
        subTitle={<span style={{ fontSize: 20 }}>{t("satisfaction.kiosk.waiting")}</span>}
      />
    );
  } else {
    body = (
      <Flex vertical gap={16}>
        <InteractionSummary form={shown.form} large />
        <RatingForm
          key={`${shown.token}-${formKey}`}
          form={shown.form}
          large
          submitting={rate.isPending}
          error={isApiError(rate.error) ? rate.error : null}
          onSubmit={(input) =>
            rate.mutate(
              { ...input, token: shown.token },
              {
                onSuccess: (r) => {
                  setThanked({ followUp: r.followUp });
                  void current.refetch();
                },
              },
            )
          }
        />
      </Flex>
    );
  }

  return (
    <div style={{ minHeight: "100vh", background: "#f0f2f5", display: "flex", flexDirection: "column" }}>
      <header
        style={{
          background: BRAND.navy,
          borderBottom: `4px solid ${BRAND.red}`,
          color: "#fff",
          padding: "12px 20px",
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          gap: 12,
        }}
      >
        <div>
          <div style={{ fontSize: 22, fontWeight: 700 }}>{t("satisfaction.kiosk.title")}</div>
          <div style={{ fontSize: 16, opacity: 0.85 }}>
            {current.data ? `${current.data.unitName} · ${current.data.label}` : "\u00a0"}
          </div>
        </div>
        <Button
          size="large"
          icon={<GlobalOutlined />}
          style={{ height: 56, fontSize: 20, minWidth: 150 }}
          onClick={() => void i18n.changeLanguage(lang === "vi" ? "en" : "vi")}
        >
          {lang === "vi" ? "English" : "Tiếng Việt"}
        </Button>
      </header>
      <main style={{ flex: 1, padding: 16, display: "flex", justifyContent: "center" }}>
        <Card style={{ width: "100%", maxWidth: 1100 }} styles={{ body: { padding: 20 } }}>
          <Typography.Text type="secondary" style={{ display: "none" }}>
            {counter}
          </Typography.Text>
          {body}
        </Card>
      </main>
    </div>
  );
}
