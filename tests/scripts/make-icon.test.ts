import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawIcon, ICON_SIZE } from '../../scripts/make-icon';
import { encodePng } from '../../scripts/png-encoder';

/** Reads an 8-bit RGBA PNG as written by encodePng (every row unfiltered). */
function decodePng(png: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    offset += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  return {
    width,
    height,
    pixel: (x, y) => {
      expect(rows[y * stride]).toBe(0);
      return [...rows.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)];
    },
  };
}

describe('the app icon', () => {
  it('is a 1024 × 1024 PNG in build/, as electron-builder wants for every platform', () => {
    const icon = decodePng(readFileSync(new URL('../../build/icon.png', import.meta.url)));
    expect([icon.width, icon.height]).toEqual([ICON_SIZE, ICON_SIZE]);
    expect(icon.pixel(20, 20)).toEqual([0, 0, 0, 0]); // transparent outside the rounded square
    expect(icon.pixel(150, 512)).toEqual([31, 111, 120, 255]); // teal
    expect(icon.pixel(330, 512)).toEqual([242, 184, 75, 255]); // the notebook's spine
    expect(icon.pixel(520, 700)).toEqual([253, 251, 245, 255]); // the page
    expect(icon.pixel(600, 660)).toEqual([231, 111, 81, 255]); // the heart
  });

  it('is drawn with smooth edges, and the encoder round-trips what it draws', () => {
    const small = drawIcon(64);
    const decoded = decodePng(encodePng(64, 64, small));
    // The pixel the rounded square's left edge crosses is partly covered: neither empty nor solid.
    const edge = decoded.pixel(6, 32)[3]!;
    expect(edge).toBeGreaterThan(0);
    expect(edge).toBeLessThan(255);
    expect(decoded.pixel(32, 32)).toEqual([...small.subarray((32 * 64 + 32) * 4, (32 * 64 + 32) * 4 + 4)]);
  });
});
