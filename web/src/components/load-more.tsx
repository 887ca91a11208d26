import { Button, Typography } from "antd";
import { useTranslation } from "react-i18next";

type Props = { hasMore: boolean; isLoading: boolean; shown: number; onLoadMore: () => void };

/** Footer of a keyset-paginated list: how many rows are shown and a "load more" button. */
export function LoadMore({ hasMore, isLoading, shown, onLoadMore }: Props) {
  const { t } = useTranslation();
  return (
    <div style={{ display: "flex", alignItems: "center", justifyContent: "center", gap: 16, marginTop: 16 }}>
      <Typography.Text type="secondary" data-testid="rows-shown">
        {t("common.shown", { count: shown })}
      </Typography.Text>
      {hasMore && (
        <Button onClick={onLoadMore} loading={isLoading} data-testid="load-more">
          {t("common.loadMore")}
        </Button>
      )}
    </div>
  );
}
