/**
 * Draws the app icon (build/icon.png, 1024 × 1024) from simple shapes: a teal rounded square
 * holding a notebook page with an amber spine, three lines of writing and a heart. electron-builder
 * makes the Windows .ico, the macOS .icns and the Linux icon sizes from it.
 *
 *   npx tsx scripts/make-icon.ts [output]
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { encodePng } from './png-encoder';

export const ICON_SIZE = 1024;
/** Samples per pixel side: 4 × 4 gives smooth edges without an anti-aliasing rasterizer. */
const SUPERSAMPLE = 4;

type Rgb = readonly [number, number, number];
interface Shape {
  color: Rgb;
  contains(x: number, y: number): boolean;
}

function roundedRect(left: number, top: number, right: number, bottom: number, radius: number, color: Rgb): Shape {
  return {
    color,
    contains(x, y) {
      if (x < left || x > right || y < top || y > bottom) return false;
      const dx = Math.max(left + radius - x, 0, x - (right - radius));
      const dy = Math.max(top + radius - y, 0, y - (bottom - radius));
      return dx * dx + dy * dy <= radius * radius;
    },
  };
}

/** The classic heart curve (x² + y² − 1)³ ≤ x²y³, centred at (cx, cy). */
function heart(cx: number, cy: number, size: number, color: Rgb): Shape {
  return {
    color,
    contains(x, y) {
      const u = (x - cx) / size;
      const v = (cy - y) / size;
      const a = u * u + v * v - 1;
      return a * a * a - u * u * v * v * v <= 0;
    },
  };
}

/** Back to front: later shapes cover earlier ones. */
const ICON_SHAPES: readonly Shape[] = [
  roundedRect(100, 100, 924, 924, 184, [31, 111, 120]),
  roundedRect(296, 220, 728, 804, 40, [253, 251, 245]),
  roundedRect(296, 220, 384, 804, 40, [242, 184, 75]),
  roundedRect(344, 220, 384, 804, 0, [242, 184, 75]),
  roundedRect(440, 360, 672, 392, 16, [157, 184, 188]),
  roundedRect(440, 448, 672, 480, 16, [157, 184, 188]),
  roundedRect(440, 536, 600, 568, 16, [157, 184, 188]),
  heart(600, 680, 58, [231, 111, 81]),
];

const FRONT_TO_BACK = [...ICON_SHAPES].reverse();

export function drawIcon(size = ICON_SIZE): Uint8Array {
  const scale = ICON_SIZE / size;
  const pixels = new Uint8Array(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) * scale;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) * scale;
          const top = FRONT_TO_BACK.find((shape) => shape.contains(x, y));
          if (!top) continue;
          r += top.color[0];
          g += top.color[1];
          b += top.color[2];
          covered += 1;
        }
      }
      const at = (py * size + px) * 4;
      if (covered)
        pixels.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round((255 * covered) / samples)], at);
    }
  }
  return pixels;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const output = process.argv[2] ?? fileURLToPath(new URL('../build/icon.png', import.meta.url));
  await writeFile(output, encodePng(ICON_SIZE, ICON_SIZE, drawIcon()));
  console.log(`Wrote ${output}`);
}
