import { collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** Prometheus metrics for one app instance (own registry, so tests can build many apps). */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: "http_request_duration_seconds",
    help: "HTTP request duration by route and status",
    labelNames: ["method", "route", "status"],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return {
    observe(method: string, route: string, status: number, seconds: number) {
      duration.labels(method, route, String(status)).observe(seconds);
    },
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
