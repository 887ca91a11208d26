import fs from "node:fs";
import { createRequire } from "node:module";
import { create, type Font } from "fontkit";
import PDFDocument from "pdfkit";
import QRCode from "qrcode";

/** Noto Sans ships with the npm install (covers every Vietnamese letter), so no system font is needed. */
const FONT_FILES = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  italic: "@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf",
} as const;
type FontName = keyof typeof FONT_FILES;

let parsed: Record<FontName, Font> | null = null;
/** Parsed once per process: parsing the three faces again for every slip took most of its time. */
function fonts(): Record<FontName, Font> {
  if (!parsed) {
    const require = createRequire(import.meta.url);
    const open = (f: string) => create(fs.readFileSync(require.resolve(f))) as Font;
    parsed = {
      regular: open(FONT_FILES.regular),
      bold: open(FONT_FILES.bold),
      italic: open(FONT_FILES.italic),
    };
  }
  return parsed;
}

const pad = (n: number) => String(n).padStart(2, "0");
/** "ngày 05 tháng 12 năm 2026", the way administrative documents write a date (NĐ 30/2020 Phụ lục I). */
export const dateVi = (iso: string) =>
  `ngày ${iso.slice(8, 10)} tháng ${iso.slice(5, 7)} năm ${iso.slice(0, 4)}`;
const vnClock = (at: Date) => new Date(at.getTime() + 7 * 3_600_000);
/** Hour and minute on Vietnam time (UTC+7, no daylight saving). */
export function timeVi(at: Date): string {
  const vn = vnClock(at);
  return `${pad(vn.getUTCHours())} giờ ${pad(vn.getUTCMinutes())} phút`;
}
/** The Vietnam calendar day of an instant, as yyyy-mm-dd. */
export const dayVn = (at: Date) => vnClock(at).toISOString().slice(0, 10);
/** "Nam Đàn" from "Xã Nam Đàn": the place name written before the date. */
export const placeOf = (unitName: string) =>
  unitName.replace(/^(Xã|Phường|Thị trấn|Thị xã|Đặc khu|Tỉnh|Thành phố|Huyện|Quận)\s+/iu, "");

/** "UBND xã Nam Đàn": the unit's type is lower case inside a sentence. */
export const bodyName = (unitName: string) =>
  `UBND ${unitName.replace(/^(Xã|Phường|Thị trấn|Thị xã|Đặc khu|Tỉnh|Thành phố|Huyện|Quận)\s/u, (m) => m.toLowerCase())}`;

export type SlipHeader = {
  /** The receiving body: "Xã Nam Đàn" → "UBND XÃ NAM ĐÀN / BỘ PHẬN MỘT CỬA". */
  unitName: string;
  date: string;
  number?: string | null;
};

/**
 * Noto's `ccmp` feature splits letters such as "ị" into a base and a combining dot: it prints right but
 * the PDF's text layer (copy, search, screen readers) then loses the letter. The precomposed glyphs are
 * kept instead.
 */
const KEEP_PRECOMPOSED = { features: { ccmp: false } } as unknown as PDFKit.Mixins.TextOptions;

const A4_WIDTH = 595.28;
const MARGIN = { top: 50, bottom: 50, left: 70, right: 50 };
const WIDTH = A4_WIDTH - MARGIN.left - MARGIN.right;

/** One A4 slip: the two-column national header, a title, body lines, signatures. */
export class Slip {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;

  constructor(title: string, subject: string) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: MARGIN,
      lang: "vi-VN",
      displayTitle: true,
      info: { Title: title, Subject: subject, Author: "Danvan", Creator: "Danvan" },
    });
    const f = fonts();
    // pdfkit takes a parsed fontkit font as well as bytes (PDFFontFactory.open); its types do not say so.
    for (const name of ["regular", "bold", "italic"] as const) {
      this.doc.registerFont(name, f[name] as unknown as Buffer);
    }
    this.doc.on("data", (c: Buffer) => this.chunks.push(c));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
    this.doc.font("regular").fontSize(12);
  }

  private write(font: FontName, size: number, text: string, opts: PDFKit.Mixins.TextOptions = {}) {
    this.doc
      .font(font)
      .fontSize(size)
      .text(text.normalize("NFC"), { width: WIDTH, ...KEEP_PRECOMPOSED, ...opts });
    return this;
  }

  /** Left: the body and its one-stop shop; right: the national title and motto, then place and date. */
  header(h: SlipHeader) {
    const top = this.doc.y;
    const leftW = 210;
    const rightX = MARGIN.left + leftW + 10;
    const rightW = WIDTH - leftW - 10;
    const d = this.doc;
    d.font("regular")
      .fontSize(11)
      .text(`UBND ${h.unitName}`.toUpperCase(), MARGIN.left, top, {
        ...KEEP_PRECOMPOSED,
        width: leftW,
        align: "center",
      });
    d.font("bold").text("BỘ PHẬN MỘT CỬA", { ...KEEP_PRECOMPOSED, width: leftW, align: "center" });
    this.rule(MARGIN.left + leftW / 2 - 35, d.y + 4, 70);
    if (h.number) {
      d.font("regular").text(h.number, MARGIN.left, d.y + 8, {
        ...KEEP_PRECOMPOSED,
        width: leftW,
        align: "center",
      });
    }
    const leftBottom = d.y;
    d.font("bold")
      .fontSize(11)
      .text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightX, top, {
        ...KEEP_PRECOMPOSED,
        width: rightW,
        align: "center",
      });
    d.font("bold")
      .fontSize(12)
      .text("Độc lập - Tự do - Hạnh phúc", { ...KEEP_PRECOMPOSED, width: rightW, align: "center" });
    this.rule(rightX + rightW / 2 - 80, d.y + 4, 160);
    d.font("italic")
      .fontSize(11)
      .text(`${placeOf(h.unitName)}, ${dateVi(h.date)}`, rightX, d.y + 8, {
        ...KEEP_PRECOMPOSED,
        width: rightW,
        align: "center",
      });
    d.x = MARGIN.left;
    d.y = Math.max(leftBottom, d.y) + 22;
    return this;
  }

  private rule(x: number, y: number, w: number) {
    this.doc
      .moveTo(x, y)
      .lineTo(x + w, y)
      .lineWidth(0.6)
      .stroke();
  }

  title(text: string, sub?: string) {
    this.write("bold", 14, text.toUpperCase(), { align: "center" });
    if (sub) {
      this.write("bold", 12, sub, { align: "center" });
    }
    this.doc.moveDown(0.8);
    return this;
  }

  /** A paragraph; `width` narrows it (beside the QR code). */
  para(text: string, opts: { bold?: boolean; italic?: boolean; indent?: number; width?: number } = {}) {
    const font: FontName = opts.bold ? "bold" : opts.italic ? "italic" : "regular";
    const x = MARGIN.left + (opts.indent ?? 0);
    this.doc.x = x;
    this.write(font, 12, text, { width: (opts.width ?? WIDTH) - (opts.indent ?? 0), lineGap: 2 });
    this.doc.x = MARGIN.left;
    return this;
  }

  gap(lines = 0.5) {
    this.doc.moveDown(lines);
    return this;
  }

  /** A QR code of `payload` at the right margin from the current line, drawn as vector modules. */
  qr(payload: string, caption: string, size = 96) {
    const code = QRCode.create(payload, { errorCorrectionLevel: "M" });
    const n = code.modules.size;
    const cell = size / (n + 8);
    const x0 = MARGIN.left + WIDTH - size;
    const y0 = this.doc.y;
    const d = this.doc;
    d.save().rect(x0, y0, size, size).fill("#ffffff");
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (code.modules.get(r, c)) {
          d.rect(x0 + (c + 4) * cell, y0 + (r + 4) * cell, cell, cell);
        }
      }
    }
    d.fill("#000000").restore();
    d.font("italic")
      .fontSize(8)
      .text(caption.normalize("NFC"), x0 - 10, y0 + size + 2, {
        ...KEEP_PRECOMPOSED,
        width: size + 20,
        align: "center",
      });
    d.x = MARGIN.left;
    d.y = y0;
    return { bottom: y0 + size + 24, width: WIDTH - size - 12 };
  }

  /** Signature blocks side by side: title, "(Ký và ghi rõ họ tên)", then the name when known. */
  signatures(blocks: { title: string; hint: string; name?: string | null }[]) {
    const d = this.doc;
    d.moveDown(1);
    if (d.y > 841.89 - MARGIN.bottom - 110) {
      d.addPage();
    }
    const top = d.y;
    const w = WIDTH / blocks.length;
    let bottom = top;
    blocks.forEach((b, i) => {
      const x = MARGIN.left + i * w;
      d.font("bold")
        .fontSize(12)
        .text(b.title.toUpperCase().normalize("NFC"), x, top, {
          ...KEEP_PRECOMPOSED,
          width: w,
          align: "center",
        });
      d.font("italic")
        .fontSize(11)
        .text(b.hint.normalize("NFC"), x, d.y, { ...KEEP_PRECOMPOSED, width: w, align: "center" });
      if (b.name) {
        d.font("bold")
          .fontSize(12)
          .text(b.name.normalize("NFC"), x, d.y + 60, { ...KEEP_PRECOMPOSED, width: w, align: "center" });
      }
      bottom = Math.max(bottom, d.y);
    });
    d.x = MARGIN.left;
    d.y = bottom + 12;
    return this;
  }

  /** Starts the next slip of the same file on a new page. */
  newPage() {
    this.doc.addPage();
    return this;
  }

  /** Closes the document and answers its bytes. */
  finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
