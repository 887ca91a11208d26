import antd from "antd/es/locale/vi_VN";
import type { LocaleBundle } from "./locale-bundle";
import app from "./vi.json";

/** The Vietnamese strings every page needs (the shell's and Ant Design's); feature modules bring theirs. */
const bundle: LocaleBundle = { antd, translation: app };

export default bundle;
