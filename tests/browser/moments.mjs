// Pictures of the player: stopped at exact moments, clipped to the figure, checked for a figure.
import { PNG } from 'pngjs';

// The figure's shirt in the light palette (src/app/palette.cpp): its lit, near-lit and
// shadow tones, and the half tone between lit and shadow that the trunk's side faces take.
const SHIRT_TONES = [[59, 110, 116], [79, 132, 138], [38, 78, 84], [49, 94, 100]];

// Stops a routine at exact moments for pictures: the condition is checked in every display
// frame, after the core's (whose requestAnimationFrame callback was asked for first, as the
// routine runs), so the pause lands on the first frame that meets it, whatever the polling.
// Not through onFrame: the core calls it only for frames it draws or whose readout changed,
// and a moment may fall in frames it lets pass.
export async function pauseWhen(page, condition, { timeout = 20_000 } = {}) {
  await page.evaluate((src, ms) => new Promise((resolve, reject) => {
    const met = new Function('s', `return (${src})(s);`);
    let waiting = true;
    const timer = setTimeout(() => { waiting = false; reject(new Error(`not reached, or not still after the pause: ${src}`)); }, ms);
    const check = () => {
      if (!waiting) return;
      if (!met(limber.state())) {
        requestAnimationFrame(check);
        return;
      }
      limber.pause();
      // The pause draws one more frame and the loop sleeps: the picture is the still one
      // once three animation frames in a row pass without the core running a frame.
      let last = -1;
      let quiet = 0;
      const settle = () => {
        if (!waiting) return;
        const frames = limber.metrics().displayFrames;
        quiet = frames === last ? quiet + 1 : 0;
        last = frames;
        if (quiet < 3) {
          requestAnimationFrame(settle);
          return;
        }
        clearTimeout(timer);
        resolve();
      };
      requestAnimationFrame(settle);
    };
    requestAnimationFrame(check);
  }), condition.toString(), timeout);
}

// The figure's region in CSS pixels, whole pixels inside it: the dial (ring, disc,
// pips, next up) is outside it, so a clip of this region masks the HUD.
export async function figureClip(page) {
  const { figure } = await page.evaluate(() => limber.regions());
  return { x: Math.ceil(figure.x), y: Math.ceil(figure.y), width: Math.floor(figure.w), height: Math.floor(figure.h) };
}

// Share of a picture's pixels in the figure's shirt tones: is a figure drawn at all? None
// drawn gives 0; a figure seen side-on (shoulder rolls) about 0.02 of a 1100x760 canvas, so
// "drawn" is taken as over 0.01.
export function bodyShare(png) {
  const img = PNG.sync.read(png);
  let hits = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (SHIRT_TONES.some((tone) => tone.every((c, k) => Math.abs(img.data[i + k] - c) <= 12))) hits++;
  }
  return hits / (img.width * img.height);
}

// How a picture's room (its commonest colour) looks and how much stands out from it: the
// luminance of the room (0 black to 1 white), and the share of pixels whose luminance is
// at least `apart` from it.
export function roomContrast(png, apart = 0.2) {
  const img = PNG.sync.read(png);
  const luminance = (r, g, b) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  const counts = new Map();
  for (let i = 0; i < img.data.length; i += 4) {
    const rgb = (img.data[i] << 16) | (img.data[i + 1] << 8) | img.data[i + 2];
    counts.set(rgb, (counts.get(rgb) ?? 0) + 1);
  }
  const commonest = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const room = luminance(commonest >> 16, (commonest >> 8) & 255, commonest & 255);
  let out = 0;
  for (let i = 0; i < img.data.length; i += 4) {
    if (Math.abs(luminance(img.data[i], img.data[i + 1], img.data[i + 2]) - room) >= apart) out++;
  }
  return { room, standsOut: out / (img.width * img.height) };
}
