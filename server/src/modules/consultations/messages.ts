import { CONSULTATION_MESSAGES } from "@danvan/common";
import { registerMessages } from "../../platform/messages";

registerMessages(CONSULTATION_MESSAGES);
