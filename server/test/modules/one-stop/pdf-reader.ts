import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** Opens the PDF with PDF.js, as a viewer would: a broken file throws here. */
async function open(bytes: Uint8Array) {
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
}

/** The page sizes (points) and the text of every page, read through the fonts' Unicode maps. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await open(bytes);
  const pages: { width: number; height: number; text: string }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items
      .map((it) => ("str" in it ? it.str + (it.hasEOL ? "\n" : "") : ""))
      .join("")
      .normalize("NFC");
    pages.push({ width: x1 - x0, height: y1 - y0, text });
  }
  const info = (await pdf.getMetadata()).info as unknown as Record<string, unknown>;
  await pdf.destroy();
  return { pages, text: pages.map((p) => p.text).join("\n"), info };
}

/** Rasterises page 1 to RGBA pixels (PDF.js draws on @napi-rs/canvas in Node). */
export async function renderFirstPage(bytes: Uint8Array, scale = 3) {
  const pdf = await open(bytes);
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale });
  const factory = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context as never, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const png = (canvas as unknown as { toBuffer(mime: string): Buffer }).toBuffer("image/png");
  await pdf.destroy();
  return { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data), png };
}

type ImageData = { width: number; height: number; data: Uint8ClampedArray };
type CanvasFactory = {
  create(
    w: number,
    h: number,
  ): {
    canvas: { width: number; height: number };
    context: {
      getImageData(x: number, y: number, w: number, h: number): ImageData;
    };
  };
};
