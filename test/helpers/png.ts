import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([len, body, crc]);
}

/** A real RGB PNG of one colour with a white frame (a stand-in logo a test can find again in a rendered page). */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      const frame = x < 2 || y < 2 || x >= width - 2 || y >= height - 2;
      raw[o] = frame ? 255 : rgb[0];
      raw[o + 1] = frame ? 255 : rgb[1];
      raw[o + 2] = frame ? 255 : rgb[2];
    }
  }
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([sig, chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export interface Raster {
  width: number;
  height: number;
  /** RGB at (x, y). */
  at: (x: number, y: number) => [number, number, number];
}

/** Page `page` of a PDF as poppler's pdftoppm draws it (PPM), at `dpi`. */
export function rasterPage(pdf: Buffer, page = 1, dpi = 50): Raster {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-ppm-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, path.join(dir, 'page')]);
  const ppm = fs.readFileSync(path.join(dir, 'page.ppm'));
  // Header: "P6\n<w> <h>\n255\n"
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.toString('latin1', 0, 40));
  if (!header) throw new Error('not a PPM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const offset = header[0].length;
  return { width, height, at: (x, y) => { const o = offset + (y * width + x) * 3; return [ppm[o]!, ppm[o + 1]!, ppm[o + 2]!]; } };
}

/** How many pixels of a region (fractions of the page) are close to `rgb`. */
export function countColour(r: Raster, rgb: [number, number, number], region: { x0: number; y0: number; x1: number; y1: number }, tolerance = 40): number {
  let n = 0;
  for (let y = Math.floor(region.y0 * r.height); y < Math.floor(region.y1 * r.height); y++) {
    for (let x = Math.floor(region.x0 * r.width); x < Math.floor(region.x1 * r.width); x++) {
      const [a, b, c] = r.at(x, y);
      if (Math.abs(a - rgb[0]) + Math.abs(b - rgb[1]) + Math.abs(c - rgb[2]) <= tolerance) n++;
    }
  }
  return n;
}
