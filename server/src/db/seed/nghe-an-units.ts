/**
 * Nghệ An as the seed article knows it (before 1 July 2025) and as it is now (two-tier government).
 * Post-2025 commune codes are the GSO codes of CV 1027/CTK-CSCL (domain-rules §12); codes of abolished
 * districts and of old communes that did not pass their code on are demo placeholders ("40.…").
 */
export type SeedUnit = {
  key: string;
  code: string;
  name: string;
  type: string;
  parent: string | null;
  validFrom: string;
  validTo?: string;
  remote?: boolean;
  successors?: string[];
};

const OLD = { validFrom: "2000-01-01", validTo: "2025-06-30" };
const NEW = { validFrom: "2025-07-01" };

export const NGHE_AN_UNITS: SeedUnit[] = [
  { key: "na", code: "40", name: "Tỉnh Nghệ An", type: "tinh", parent: null, validFrom: "1991-08-12" },
  // Districts abolished on 1 July 2025
  {
    key: "d-hn",
    code: "40.HN",
    name: "Huyện Hưng Nguyên",
    type: "huyen",
    parent: "na",
    ...OLD,
    successors: ["x-hn", "x-yt", "x-hnn", "x-lt"],
  },
  {
    key: "d-as",
    code: "40.AS",
    name: "Huyện Anh Sơn",
    type: "huyen",
    parent: "na",
    ...OLD,
    successors: ["x-as", "x-yx", "x-nh", "x-asd", "x-vt", "x-tbt"],
  },
  {
    key: "d-nd",
    code: "40.ND",
    name: "Huyện Nam Đàn",
    type: "huyen",
    parent: "na",
    ...OLD,
    successors: ["x-nd", "x-va", "x-dh", "x-tn", "x-kl"],
  },
  {
    key: "d-th",
    code: "40.TH",
    name: "Thị xã Thái Hòa",
    type: "thi_xa",
    parent: "na",
    ...OLD,
    successors: ["p-th", "p-thieu", "x-dhieu", "x-bh"],
  },
  // Old communes the article names, merged on 1 July 2025
  {
    key: "o-tthn",
    code: "18001",
    name: "Thị trấn Hưng Nguyên",
    type: "thi_tran",
    parent: "d-hn",
    ...OLD,
    successors: ["x-hn"],
  },
  {
    key: "o-tm",
    code: "40.HN.TM",
    name: "Xã Thịnh Mỹ",
    type: "xa",
    parent: "d-hn",
    validFrom: "2025-01-01",
    validTo: "2025-06-30",
    successors: ["x-hn"],
  },
  {
    key: "o-hd",
    code: "40.HN.HD",
    name: "Xã Hưng Đạo",
    type: "xa",
    parent: "d-hn",
    ...OLD,
    successors: ["x-hn"],
  },
  {
    key: "o-ht",
    code: "40.HN.HT",
    name: "Xã Hưng Tây",
    type: "xa",
    parent: "d-hn",
    ...OLD,
    successors: ["x-hn"],
  },
  {
    key: "o-k10",
    code: "40.HN.K10",
    name: "Khối 10",
    type: "khoi",
    parent: "o-tthn",
    ...OLD,
    successors: ["k10"],
  },
  {
    key: "o-kn",
    code: "17329",
    name: "Thị trấn Kim Nhan",
    type: "thi_tran",
    parent: "d-as",
    ...OLD,
    successors: ["x-as"],
  },
  {
    key: "o-ds",
    code: "40.AS.DS",
    name: "Xã Đức Sơn",
    type: "xa",
    parent: "d-as",
    ...OLD,
    successors: ["x-as"],
  },
  {
    key: "o-ps",
    code: "40.AS.PS",
    name: "Xã Phúc Sơn",
    type: "xa",
    parent: "d-as",
    ...OLD,
    successors: ["x-as"],
  },
  {
    key: "o-ts",
    code: "40.AS.TS",
    name: "Xã Tường Sơn",
    type: "xa",
    parent: "d-as",
    ...OLD,
    successors: ["x-vt"],
  },
  {
    key: "o-ttnd",
    code: "40.ND.TT",
    name: "Thị trấn Nam Đàn",
    type: "thi_tran",
    parent: "d-nd",
    ...OLD,
    successors: ["x-va"],
  },
  // Communes and wards since 1 July 2025 (directly under the province)
  { key: "x-hn", code: "18001", name: "Xã Hưng Nguyên", type: "xa", parent: "na", ...NEW },
  { key: "k10", code: "18001.K10", name: "Khối 10", type: "khoi", parent: "x-hn", ...NEW },
  { key: "x-yt", code: "18007", name: "Xã Yên Trung", type: "xa", parent: "na", ...NEW },
  { key: "x-hnn", code: "18028", name: "Xã Hưng Nguyên Nam", type: "xa", parent: "na", ...NEW },
  { key: "x-lt", code: "18040", name: "Xã Lam Thành", type: "xa", parent: "na", ...NEW },
  { key: "x-as", code: "17329", name: "Xã Anh Sơn", type: "xa", parent: "na", ...NEW },
  { key: "x-yx", code: "17380", name: "Xã Yên Xuân", type: "xa", parent: "na", ...NEW },
  { key: "x-nh", code: "17344", name: "Xã Nhân Hòa", type: "xa", parent: "na", ...NEW, remote: true },
  { key: "x-asd", code: "17365", name: "Xã Anh Sơn Đông", type: "xa", parent: "na", ...NEW },
  { key: "x-vt", code: "17357", name: "Xã Vĩnh Tường", type: "xa", parent: "na", ...NEW },
  { key: "x-tbt", code: "17335", name: "Xã Thành Bình Thọ", type: "xa", parent: "na", ...NEW, remote: true },
  { key: "x-nd", code: "17935", name: "Xã Nam Đàn", type: "xa", parent: "na", ...NEW },
  { key: "x-va", code: "17950", name: "Xã Vạn An", type: "xa", parent: "na", ...NEW },
  { key: "x-dh", code: "17944", name: "Xã Đại Huệ", type: "xa", parent: "na", ...NEW },
  { key: "x-tn", code: "17989", name: "Xã Thiên Nhẫn", type: "xa", parent: "na", ...NEW },
  { key: "x-kl", code: "17971", name: "Xã Kim Liên", type: "xa", parent: "na", ...NEW },
  { key: "p-th", code: "16939", name: "Phường Thái Hòa", type: "phuong", parent: "na", ...NEW },
  { key: "p-thieu", code: "17011", name: "Phường Tây Hiếu", type: "phuong", parent: "na", ...NEW },
  { key: "x-dhieu", code: "17017", name: "Xã Đông Hiếu", type: "xa", parent: "na", ...NEW },
  // Part of Thái Hòa's former communes went here (domain-rules §12.2); the code is 17818 of CV 1027.
  { key: "x-bh", code: "17818", name: "Xã Bích Hào", type: "xa", parent: "na", ...NEW },
];

/** Agencies per unit key; the province keeps its departments, each named commune its post-2025 offices. */
export const SEED_AGENCIES: { unit: string; code: string; name: string; kind: string }[] = [
  { unit: "na", code: "VP-UBND", name: "Văn phòng UBND tỉnh", kind: "office" },
  { unit: "na", code: "BTCD", name: "Ban Tiếp công dân tỉnh", kind: "reception" },
  { unit: "na", code: "TTR", name: "Thanh tra tỉnh", kind: "inspectorate" },
  { unit: "na", code: "SNV", name: "Sở Nội vụ", kind: "department" },
  { unit: "na", code: "TTPVHCC", name: "Trung tâm Phục vụ hành chính công tỉnh", kind: "one_stop" },
  { unit: "d-as", code: "BTCD", name: "Ban Tiếp công dân huyện Anh Sơn", kind: "reception" },
  { unit: "d-as", code: "PNV", name: "Phòng Nội vụ huyện Anh Sơn", kind: "department" },
  { unit: "d-nd", code: "PNV", name: "Phòng Nội vụ huyện Nam Đàn", kind: "department" },
  { unit: "d-th", code: "MOTCUA", name: "Bộ phận Một cửa thị xã Thái Hòa", kind: "one_stop" },
  ...["x-hn", "x-as", "x-nd", "p-th"].flatMap((unit) => [
    { unit, code: "VP", name: "Văn phòng HĐND và UBND", kind: "office" },
    { unit, code: "BTCD", name: "Bộ phận Tiếp công dân", kind: "reception" },
    { unit, code: "TTPVHCC", name: "Trung tâm Phục vụ hành chính công", kind: "one_stop" },
    { unit, code: "PKT", name: "Phòng Kinh tế", kind: "department" },
    { unit, code: "PVHXH", name: "Phòng Văn hóa - Xã hội", kind: "department" },
  ]),
];
