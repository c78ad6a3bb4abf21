// Page weight: every file a page folder holds, raw and gzipped (level 9), as a user
// downloads it or a static host serves it compressed. The voice sheet (voice.js) is
// loaded after the first frame and has a budget of its own, so it is counted apart, as
// are the other languages' files (lang-<code>.js and voice-<code>.js), of which a visit
// loads at most the chosen language's.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export function pageWeight(dir) {
  const files = fs.readdirSync(dir, { recursive: true })
    .filter((f) => fs.statSync(path.join(dir, f)).isFile())
    .sort()
    .map((file) => {
      const bytes = fs.readFileSync(path.join(dir, file));
      return { file, raw: bytes.length, gz: zlib.gzipSync(bytes, { level: 9 }).length };
    });
  const isPack = (f) => /^(lang|voice)-[\w-]+\.js$/.test(f.file);
  const page = files.filter((f) => f.file !== 'voice.js' && !isPack(f));
  const total = (k) => page.reduce((sum, f) => sum + f[k], 0);
  return {
    files: page, raw: total('raw'), gz: total('gz'), voice: files.find((f) => f.file === 'voice.js') ?? null, languages: files.filter(isPack),
  };
}
