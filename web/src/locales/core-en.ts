import antd from "antd/es/locale/en_US";
import app from "./en.json";
import type { LocaleBundle } from "./locale-bundle";

/** The English strings every page needs (the shell's and Ant Design's); feature modules bring theirs. */
const bundle: LocaleBundle = { antd, translation: app };

export default bundle;
