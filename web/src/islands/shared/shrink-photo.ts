/**
 * Photos of documents made light on the phone before they are uploaded: a phone camera's
 * 3–5 MB becomes typically 200–500 KB, still legible (docs/decisions.md, "Weak
 * connections"). Used by every upload (the status page and the confirmation).
 */

/** Longest side kept: an A4 page at about 240 dpi, enough to read an ID card or a receipt. */
export const photoLongestSide = 2000;
/** JPEG quality tried first, and the lowest tried while the photo is still too heavy. */
export const photoQuality = { first: 0.8, lowest: 0.5, step: 0.1 } as const;
/** What a shrunk photo should weigh at most. */
export const photoTargetBytes = 500 * 1024;

/** The size a photo is drawn at: never enlarged, the longest side at most `longest`. */
export function scaledSize(
  width: number,
  height: number,
  longest = photoLongestSide,
): { width: number; height: number } {
  const scale = Math.min(1, longest / Math.max(width, height));
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}

/** The JPEG qualities tried in turn, until one is light enough. */
export function qualitySteps(): number[] {
  const steps: number[] = [];
  const { first, lowest, step } = photoQuality;
  for (let q = first; q >= lowest - 1e-9; q -= step) steps.push(Math.round(q * 100) / 100);
  return steps;
}

/** Formats the phone may hand over that we make into a JPEG (HEIC only where it decodes). */
export const isPhoto = (file: Blob): boolean => /^image\//.test(file.type);

export interface ShrunkPhoto {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
}

/**
 * The photo redrawn as a JPEG no larger than `photoLongestSide`, at the highest quality
 * in `qualitySteps()` that weighs at most `photoTargetBytes` (the lowest otherwise);
 * null when the browser cannot decode it (a HEIC outside Safari, a broken file). The
 * camera's orientation is applied; transparency becomes white, as on paper.
 */
export async function shrinkPhoto(file: Blob): Promise<ShrunkPhoto | null> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height);
    const canvas = makeCanvas(width, height);
    const context = canvas.getContext('2d') as
      | CanvasRenderingContext2D
      | OffscreenCanvasRenderingContext2D
      | null;
    if (!context) return null;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    let blob: Blob | null = null;
    for (const quality of qualitySteps()) {
      blob = await encodeJpeg(canvas, quality);
      if (!blob || blob.size <= photoTargetBytes) break;
    }
    return blob ? { blob, width, height } : null;
  } finally {
    bitmap.close();
  }
}

function makeCanvas(width: number, height: number): OffscreenCanvas | HTMLCanvasElement {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  return canvas;
}

async function encodeJpeg(
  canvas: OffscreenCanvas | HTMLCanvasElement,
  quality: number,
): Promise<Blob | null> {
  if ('convertToBlob' in canvas) {
    return canvas.convertToBlob({ type: 'image/jpeg', quality }).catch(() => null);
  }
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}

/** What goes up: the file itself, or the photo made lighter. */
export type LightDocument =
  | { readonly kind: 'as-is'; readonly blob: Blob }
  | { readonly kind: 'shrunk'; readonly blob: Blob; readonly before: number }
  | { readonly kind: 'unreadable' };

/** Formats the API takes as they are (documents.ts). */
const sentAsIs = new Set(['image/jpeg', 'image/png', 'application/pdf']);

/**
 * The document to upload: a photo shrunk (unless it is already lighter as it is), a
 * PDF or anything else as it is (the API names what it refuses); a photo in a format
 * the API does not take and this browser cannot decode is `unreadable`.
 */
export async function lightDocument(file: Blob): Promise<LightDocument> {
  if (!isPhoto(file)) return { kind: 'as-is', blob: file };
  const shrunk = await shrinkPhoto(file);
  if (!shrunk)
    return sentAsIs.has(file.type) ? { kind: 'as-is', blob: file } : { kind: 'unreadable' };
  if (sentAsIs.has(file.type) && file.size <= shrunk.blob.size)
    return { kind: 'as-is', blob: file };
  return { kind: 'shrunk', blob: shrunk.blob, before: file.size };
}
