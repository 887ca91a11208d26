// Load generator for the public API benches (bench/petitions-api.bench.ts, bench/one-stop-api.bench.ts), in its
// own process so it does not take the server's CPU. Plain JS on purpose: no loader in the measuring process.
//   node bench/support/api-load.mjs '{"app":"http://…","bare":"http://…","resource":"petitions","params":{"unitId":"…"},"seconds":10,"connections":50}'
//   resource "dossiers" takes params {"procedureId":"…","documents":["to-khai"]}
// With "other" (a second server's base URL) and "otherParams" instead of "bare", it compares two servers' filing
// paths (bench/petitions-compare.ts): one row each, in alternating one-second slices.
import http from "node:http";

const { app, bare, other, resource, params, otherParams, seconds, connections } = JSON.parse(process.argv[2]);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

/** One retry when a kept-alive socket was closed under us (a race of keep-alive, not an answer). */
async function request(url, method, headers, body) {
  try {
    return await send(url, method, headers, body);
  } catch (err) {
    if (err.code !== "ECONNRESET") {
      throw err;
    }
    return send(url, method, headers, body);
  }
}

function send(url, method, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        text += d;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on("error", reject);
    // The whole body in end(): Node then sends a Content-Length, as browsers and the portal do (write()
    // first would send it chunked, which the body limit must count by reading the stream).
    req.end(body);
  });
}

/** One slice: `connections` loops send requests back to back for `ms`; the latencies go into `row`. */
async function slice(row, ms) {
  const end = performance.now() + ms;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const i = row.n++;
        const t = performance.now();
        const res = await row.send(i);
        row.latencies.push(performance.now() - t);
        if (res.status === row.okStatus) {
          row.onOk?.(res.text);
        } else if (row.errors++ < 3) {
          console.error(row.name, res.status, res.text.slice(0, 200));
        }
      }
    }),
  );
  row.ms += performance.now() - t0;
}

/**
 * A bare route and its full path, `seconds` each, taken in alternating one-second slices: a slow moment of
 * the machine (it is shared: two cores for the server, PostgreSQL and this process) then falls on both
 * routes instead of on whichever ran at the time, which swung the ratio by ±10 points from run to run.
 */
async function pair(bareRow, fullRow) {
  const rows = [bareRow, fullRow].map((r) => ({ ...r, latencies: [], errors: 0, n: 0, ms: 0 }));
  for (let s = 0; s < seconds; s++) {
    for (const row of s % 2 === 0 ? rows : [...rows].reverse()) {
      await slice(row, 1000);
    }
  }
  return rows.map(({ name, latencies, errors, ms }) => {
    latencies.sort((x, y) => x - y);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
    return {
      name,
      requests: latencies.length,
      rps: latencies.length / (ms / 1000),
      p50: at(0.5),
      p99: at(0.99),
      errors,
    };
  });
}

/** What a citizen files, per resource: the i-th request gets its own text (and ID number). */
const PAYLOADS = {
  petitions:
    ({ unitId }) =>
    (i) => ({
      unitId,
      kind: "recommendation",
      summary: `Kiến nghị sửa đường liên xóm số ${i}`,
      content:
        "Đoạn đường liên xóm bị sạt lở sau mưa lớn, đề nghị xã sớm khắc phục để bà con đi lại an toàn.",
      petitioner: { fullName: "Nguyễn Văn Bền", address: "Xóm 3, xã Anh Sơn", phone: "0912345678" },
    }),
  dossiers:
    ({ procedureId, documents }) =>
    (i) => ({
      procedureId,
      applicant: {
        kind: "person",
        name: "Nguyễn Thị Hương",
        personalId: String(40190000000 + i).padStart(12, "0"),
        phone: "0912345678",
        address: "Khối Tân Hồng, phường Thái Hòa, Nghệ An",
      },
      summary: `Đăng ký khai sinh cho con thứ ${1 + (i % 3)}`,
      documents: documents.map((key) => ({ key, form: "electronic" })),
    }),
};
const payloadOf = (p) => {
  const build = PAYLOADS[resource](p);
  return (i) => JSON.stringify(build(i));
};
const payload = payloadOf(params);
// Each simulated citizen has its own address, as behind the province's reverse proxy.
const citizen = (i) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
const json = (i) => ({ "content-type": "application/json", "x-forwarded-for": citizen(i) });
// Keys unique to this run: a server kept for several runs (petitions-compare.ts) would otherwise answer a
// later run's filings as retries of the first run's, from the stored answer, without filing anything.
const run = `${process.pid}-${Date.now().toString(36)}`;
const create = (i, prefix, base = app, body = payload) =>
  request(
    `${base}/api/public/v1/${resource}`,
    "POST",
    { ...json(i), "idempotency-key": `${prefix}-${run}-${i}` },
    body(i),
  );

if (other) {
  const otherPayload = payloadOf(otherParams);
  for (let i = 0; i < 200; i++) {
    await create(i, "warm");
    await create(i, "warm", other, otherPayload);
  }
  const rows = await pair(
    { name: "A", send: (i) => create(i, "bench"), okStatus: 201 },
    { name: "B", send: (i) => create(i, "bench", other, otherPayload), okStatus: 201 },
  );
  agent.destroy();
  console.log(JSON.stringify(rows));
  process.exit(0);
}

for (let i = 0; i < 200; i++) {
  await create(i, "warm");
  await request(`${bare}/bare/insert`, "POST", json(i), payload(i));
}
const tracked = [];
const results = [];
results.push(
  ...(await pair(
    {
      name: "bare INSERT route",
      send: (i) => request(`${bare}/bare/insert`, "POST", json(i), payload(i)),
      okStatus: 201,
    },
    {
      name: `POST /api/public/v1/${resource}`,
      send: (i) => create(i, "bench"),
      okStatus: 201,
      onOk: (text) => tracked.push(JSON.parse(text)),
    },
  )),
);
const pick = (i) => tracked[i % tracked.length];
results.push(
  ...(await pair(
    {
      name: "bare SELECT by code",
      send: (i) => request(`${bare}/bare/${resource}/${pick(i).code}`, "GET", {}),
      okStatus: 200,
    },
    {
      name: `GET /api/public/v1/${resource}/{code} + PIN`,
      send: (i) =>
        request(`${app}/api/public/v1/${resource}/${pick(i).code}`, "GET", {
          "x-tracking-pin": pick(i).pin,
          "x-forwarded-for": citizen(i),
        }),
      okStatus: 200,
    },
  )),
);
agent.destroy();
console.log(JSON.stringify(results));
