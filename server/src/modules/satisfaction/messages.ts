import { SATISFACTION_MESSAGES, SATISFACTION_PAPER_MESSAGES } from "@danvan/common";
import { registerMessages } from "../../platform/messages";

registerMessages(SATISFACTION_MESSAGES);
registerMessages(SATISFACTION_PAPER_MESSAGES);
