import { RECEPTION_MESSAGES } from "@danvan/common";
import { registerMessages } from "../../platform/messages";

registerMessages(RECEPTION_MESSAGES);
