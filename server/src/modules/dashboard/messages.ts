import { DASHBOARD_MESSAGES } from "@danvan/common";
import { registerMessages } from "../../platform/messages";

registerMessages(DASHBOARD_MESSAGES);
