// Writes public/favicon.ico: the favicon as a 16x16 ICO, without an image tool. Browsers ask for
// /favicon.ico whatever the page links, so a static host must have one. Run: npx tsx scripts/favicon-ico.ts
import { writeFile } from 'node:fs/promises';

const size = 16;
const blue = [0xad, 0x5c, 0x0b, 0xff]; // #0b5cad as BGRA
const white = [0xff, 0xff, 0xff, 0xff];

/** The SVG's page shape: a white sheet with three blue lines on blue. */
function pixel(x: number, y: number): number[] {
  const sheet = x >= 4 && x < 12 && y >= 3 && y < 13 && !(x === 11 && y === 3);
  const line = (y === 7 || y === 9 || y === 11) && x >= 6 && x < (y === 11 ? 9 : 10);
  return sheet && !line ? white : blue;
}

function faviconIco(): Buffer {
  const pixels: number[] = [];
  // BMP rows run from the bottom up.
  for (let y = size - 1; y >= 0; y--) for (let x = 0; x < size; x++) pixels.push(...pixel(x, y));
  // The AND mask is unused with alpha but required: 1 bit a pixel, rows padded to 4 bytes.
  const andMask = Buffer.alloc(4 * size);
  const bmpHeader = Buffer.alloc(40);
  bmpHeader.writeUInt32LE(40, 0); // header size
  bmpHeader.writeInt32LE(size, 4); // width
  bmpHeader.writeInt32LE(size * 2, 8); // height: image and AND mask
  bmpHeader.writeUInt16LE(1, 12); // planes
  bmpHeader.writeUInt16LE(32, 14); // bits per pixel
  const image = Buffer.concat([bmpHeader, Buffer.from(pixels), andMask]);
  const dir = Buffer.alloc(6 + 16);
  dir.writeUInt16LE(1, 2); // type: icon
  dir.writeUInt16LE(1, 4); // one image
  dir.writeUInt8(size, 6);
  dir.writeUInt8(size, 7);
  dir.writeUInt16LE(1, 10); // planes
  dir.writeUInt16LE(32, 12); // bits per pixel
  dir.writeUInt32LE(image.length, 14);
  dir.writeUInt32LE(dir.length, 18); // offset of the image
  return Buffer.concat([dir, image]);
}

await writeFile(new URL('../public/favicon.ico', import.meta.url), faviconIco());
