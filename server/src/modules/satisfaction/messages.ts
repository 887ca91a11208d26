import { SATISFACTION_MESSAGES } from "@danvan/common";
import { registerMessages } from "../../platform/messages";

registerMessages(SATISFACTION_MESSAGES);
