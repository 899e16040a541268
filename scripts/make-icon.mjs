// Draws the extension's icon (images/icon.png, 128×128): three network nodes on a blue
// tile, two links solid and one dashed in orange — the missing step dwnet points out.
// Plain Node: shapes are sampled 4×4 per pixel for anti-aliasing and written as an RGBA
// PNG through zlib, so the icon is reproducible without an image editor:
//   node scripts/make-icon.mjs [output path]
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const output = process.argv[2] ?? 'images/icon.png';

const nodes = [
  [38, 46],
  [90, 46],
  [64, 92],
];
const solidLinks = [
  [nodes[0], nodes[1]],
  [nodes[0], nodes[2]],
];
const dashedLink = [nodes[1], nodes[2]];

function insideRoundedSquare(x, y, margin, radius) {
  const min = margin + radius;
  const max = SIZE - margin - radius;
  const dx = Math.max(min - x, 0, x - max);
  const dy = Math.max(min - y, 0, y - max);
  return dx * dx + dy * dy <= radius * radius;
}

/** Distance from (x, y) to segment a–b, and where along it the closest point lies (0..1). */
function segment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return { distance: Math.hypot(x - ax - t * vx, y - ay - t * vy), t, length: Math.hypot(vx, vy) };
}

/** The colour of one sample point, or null outside the tile. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 4, 26)) return null;
  const nearNode = nodes.some(([nx, ny]) => Math.hypot(x - nx, y - ny) <= 12);
  if (nearNode) return [255, 255, 255];
  if (solidLinks.some(([a, b]) => segment(x, y, a, b).distance <= 3.5)) return [255, 255, 255];
  const dashed = segment(x, y, ...dashedLink);
  if (dashed.distance <= 3.5 && Math.floor((dashed.t * dashed.length) / 7) % 2 === 0) {
    return [255, 166, 43];
  }
  // Vertical gradient, lighter at the top.
  const k = y / SIZE;
  return [Math.round(43 - 21 * k), Math.round(138 - 59 * k), Math.round(230 - 54 * k)];
}

const rows = [];
for (let py = 0; py < SIZE; py++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0 (none), then RGBA pixels
  for (let px = 0; px < SIZE; px++) {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (!colour) continue;
        r += colour[0];
        g += colour[1];
        b += colour[2];
        covered++;
      }
    }
    const offset = 1 + px * 4;
    if (covered > 0) {
      row[offset] = Math.round(r / covered);
      row[offset + 1] = Math.round(g / covered);
      row[offset + 2] = Math.round(b / covered);
      row[offset + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
    }
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // colour type: RGBA
// compression, filter and interlace methods stay 0

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(output, png);
console.log(`wrote ${output} (${png.length} bytes)`);
