import { BellOutlined } from "@ant-design/icons";
import type { Notification } from "@danvan/common";
import { Badge, Button, Empty, Popover, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { formatDateTime } from "../../../lib/format";
import { useMarkNotificationRead, useNotifications } from "../api";

export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const { data } = useNotifications();
  const markRead = useMarkNotificationRead();
  const unread = data?.unread ?? 0;

  const handleOpen = (item: Notification) => {
    if (!item.readAt) {
      markRead.mutate(item.id);
    }
    if (item.link?.startsWith("/")) {
      setIsOpen(false);
      navigate(item.link);
    }
  };

  const content = (
    <div style={{ width: 340, maxHeight: 420, overflowY: "auto" }} data-testid="notification-list">
      {(data?.items ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("notifications.empty")} />
      ) : (
        (data?.items ?? []).map((item) => (
          <button
            key={item.id}
            type="button"
            onClick={() => handleOpen(item)}
            data-testid={`notification-${item.id}`}
            style={{
              display: "block",
              width: "100%",
              textAlign: "left",
              padding: "8px 4px",
              border: "none",
              borderBottom: "1px solid #f0f0f0",
              background: item.readAt ? "transparent" : "#eef4fb",
              cursor: "pointer",
            }}
          >
            <Typography.Text strong={!item.readAt}>{item.subject}</Typography.Text>
            <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 12 }}>
              {item.body}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {formatDateTime(item.createdAt)}
            </Typography.Text>
          </button>
        ))
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={isOpen}
      onOpenChange={setIsOpen}
      title={t("notifications.title")}
      content={content}
    >
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={t("notifications.open", { count: unread })}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
