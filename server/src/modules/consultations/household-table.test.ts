import { describe, expect, it } from "vitest";
import { normalizePhone, readHouseholdTable } from "./household-table";

const header = ["Khối", "Số hộ", "Chủ hộ", "Địa chỉ", "Điện thoại", "Thành viên"];

describe("readHouseholdTable", () => {
  it("reads Vietnamese headings, members and phones", () => {
    const { records, errors } = readHouseholdTable(header, [
      [
        "Khối 10",
        "K10-001",
        "Lê Văn An",
        "Khối 10, xã Hưng Nguyên",
        "+84 912 345 678",
        "Lê Văn An | chủ hộ | 1965; Trần Thị Bình | vợ | 1968",
      ],
    ]);
    expect(errors).toEqual([]);
    expect(records[0]!.phone).toBe("0912345678");
    expect(records[0]!.members).toHaveLength(2);
    expect(records[0]!.members[1]).toEqual({ fullName: "Trần Thị Bình", relation: "vợ", birthYear: 1968 });
  });
  it("reports each bad row and keeps none of a table with errors", () => {
    const { records, errors } = readHouseholdTable(header, [
      ["Khối 10", "K10-001", "Lê Văn An", "Khối 10", "", ""],
      ["Khối 10", "K10-001", "", "Khối 10", "12", "Tên | | abc"],
      ["Khối 10", "K10-003", "<b>X</b>", "Khối 10", "", ""],
    ]);
    expect(errors.map((e) => e.path)).toEqual([
      "rows.1.headName",
      "rows.1.code",
      "rows.1.phone",
      "rows.1.members",
      "rows.2.headName",
    ]);
    expect(records).toHaveLength(1);
  });
  it("names unknown and missing columns", () => {
    const { errors } = readHouseholdTable(["Khối", "Số hộ", "Ghi chú", "Địa chỉ"], []);
    expect(errors.map((e) => e.path)).toEqual(["header.2", "header.headName"]);
  });
  it("normalises phones", () => {
    expect(normalizePhone("84-912.345.678")).toBe("0912345678");
  });
});
