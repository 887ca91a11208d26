/**
 * Initial JavaScript (gzip) of the public portal and of the staff app, read from the Vite manifest.
 *   node bench/bundle-size.mjs            builds web into a temporary directory with --manifest
 *   node bench/bundle-size.mjs web/dist   reads a build that has .vite/manifest.json
 * Every route is lazy, so "initial" is what the browser must load before the first page paints: the entry
 * chunk and its static imports, plus the lazy chunks that route renders first and their static imports.
 * Strings are lazy too (web/src/app/i18n.ts): the language's shared strings before the first render, and
 * the staff shell waits for every feature module's strings (its menu names them all); the public home
 * needs no module's. Each app is measured in both languages.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const GOALS = { public: 250, staff: 400 };
const LANGS = ["vi", "en"];

let dist = process.argv[2] ? path.resolve(process.argv[2]) : null;
let temporary = null;
if (!dist) {
  temporary = fs.mkdtempSync(path.join(os.tmpdir(), "danvan-bundle-"));
  dist = temporary;
  execFileSync("npx", ["vite", "build", "--manifest", "--outDir", dist, "--emptyOutDir"], {
    cwd: path.join(root, "web"),
    stdio: ["ignore", "ignore", "inherit"],
  });
}
const manifestPath = path.join(dist, ".vite", "manifest.json");
if (!fs.existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: build with "vite build --manifest" or run without an argument`);
  process.exit(1);
}
const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));

/** The chunk keys a chunk needs before it runs: itself and its static imports, transitively. */
function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) {
      return;
    }
    if (!manifest[key]) {
      throw new Error(`${key} is not in the manifest (renamed?)`);
    }
    seen.add(key);
    for (const k of manifest[key].imports ?? []) {
      visit(k);
    }
  };
  keys.forEach(visit);
  return seen;
}

function sizes(keys) {
  let raw = 0;
  let gzip = 0;
  let css = 0;
  const files = new Set();
  for (const key of keys) {
    files.add(manifest[key].file);
    for (const c of manifest[key].css ?? []) {
      css += zlib.gzipSync(fs.readFileSync(path.join(dist, c)), { level: 9 }).length;
    }
  }
  for (const f of files) {
    const bytes = fs.readFileSync(path.join(dist, f));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { chunks: files.size, raw, gzip, css };
}

/** The first screen of each: the public home (/public), and the staff shell with its home page (/). */
function firstScreen(app, lang) {
  const shared = `src/locales/core-${lang}.ts`;
  if (app === "public") {
    return ["src/app/public-home-page.tsx", shared];
  }
  const moduleStrings = Object.keys(manifest).filter(
    (k) => k.startsWith("src/modules/") && k.endsWith(`/locales/${lang}.json`),
  );
  if (moduleStrings.length === 0) {
    throw new Error("no feature module strings in the manifest (loaded another way now?)");
  }
  return ["src/app/layout/app-layout.tsx", "src/modules/home/pages/home-page.tsx", shared, ...moduleStrings];
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry);
const kb = (n) => (n / 1024).toFixed(1);
const rows = {};
for (const [name, lang] of Object.keys(GOALS).flatMap((app) => LANGS.map((l) => [app, l]))) {
  const s = sizes(closure([entry, ...firstScreen(name, lang)]));
  rows[`${name} (${lang})`] = {
    "JS chunks": s.chunks,
    "JS raw KB": kb(s.raw),
    "JS gzip KB": kb(s.gzip),
    "goal KB": GOALS[name],
    met: s.gzip / 1024 <= GOALS[name] ? "yes" : "NO",
    "CSS gzip KB": kb(s.css),
  };
}
const all = sizes(new Set(Object.keys(manifest).filter((k) => manifest[k].file.endsWith(".js"))));
console.log(`entry ${entry}; all JavaScript of the build: ${kb(all.gzip)} KB gzip in ${all.chunks} chunks`);
console.table(rows);
if (temporary) {
  fs.rmSync(temporary, { recursive: true, force: true });
}
