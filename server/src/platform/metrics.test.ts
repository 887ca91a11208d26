import { describe, expect, it } from "vitest";
import { RouteHistogram } from "./metrics";

describe("request duration histogram", () => {
  it("counts each series into cumulative buckets, with +Inf, sum and count", () => {
    const h = new RouteHistogram();
    h.observe("GET", "/api/public/v1/petitions/:code", 200, 0.004);
    h.observe("GET", "/api/public/v1/petitions/:code", 200, 0.03);
    h.observe("GET", "/api/public/v1/petitions/:code", 200, 3);
    h.observe("GET", "/api/public/v1/petitions/:code", 404, 0.01);
    const text = h.render();
    const labels = 'method="GET",route="/api/public/v1/petitions/:code",status="200"';
    expect(text).toContain("# TYPE http_request_duration_seconds histogram");
    expect(text).toContain(`http_request_duration_seconds_bucket{le="0.005",${labels}} 1`);
    expect(text).toContain(`http_request_duration_seconds_bucket{le="0.025",${labels}} 1`);
    expect(text).toContain(`http_request_duration_seconds_bucket{le="0.05",${labels}} 2`);
    expect(text).toContain(`http_request_duration_seconds_bucket{le="2.5",${labels}} 2`);
    expect(text).toContain(`http_request_duration_seconds_bucket{le="+Inf",${labels}} 3`);
    expect(text).toContain(`http_request_duration_seconds_sum{${labels}} 3.034`);
    expect(text).toContain(`http_request_duration_seconds_count{${labels}} 3`);
    // A value on a bucket's bound falls in that bucket (le is "less than or equal").
    expect(text).toMatch(/_bucket\{le="0.01",method="GET",route="[^"]+",status="404"\} 1/);
    expect(text).toMatch(/_bucket\{le="0.005",method="GET",route="[^"]+",status="404"\} 0/);
  });

  it("escapes label values as the text format requires", () => {
    const h = new RouteHistogram();
    h.observe("GET", 'odd"route\\x', 500, 1);
    expect(h.render()).toContain('route="odd\\"route\\\\x",status="500"} 1');
  });
});
