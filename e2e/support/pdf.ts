import jsQR from "jsqr";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

type Canvas = { width: number; height: number; toBuffer(mime: string): Buffer };
type CanvasFactory = {
  create(w: number, h: number): { canvas: Canvas; context: CanvasRenderingContext2D };
};

/** Renders a PDF's first page with PDF.js (on @napi-rs/canvas) and reads the QR code printed on it. */
export async function readFirstPageQr(bytes: Uint8Array): Promise<{ data: string | null; png: Buffer }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 })
    .promise;
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 3 });
  const factory = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvasContext: context, viewport }).promise;
  const image = context.getImageData(0, 0, canvas.width, canvas.height);
  const png = canvas.toBuffer("image/png");
  await pdf.destroy();
  return { data: jsQR(image.data, image.width, image.height)?.data ?? null, png };
}
