import { SearchOutlined } from "@ant-design/icons";
import { LIMITS } from "@danvan/common/limits";
import { Input } from "antd";

type Props = {
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  width?: number;
  testId: string;
};

/** A labelled search box; the page debounces the value before querying. */
export function SearchInput({ value, onChange, placeholder, width, testId }: Props) {
  return (
    <Input
      type="search"
      allowClear
      value={value}
      onChange={(event) => onChange(event.target.value)}
      maxLength={LIMITS.search}
      prefix={<SearchOutlined aria-hidden />}
      placeholder={placeholder}
      aria-label={placeholder}
      style={{ width: width ?? 320 }}
      data-testid={testId}
    />
  );
}
