// Writes dist/voice.js, or a language's dist/voice-<code>.js: the voice sheet
// (assets/voice.opus, base64) and its index (assets/voice.json) as one script, which the
// page loads after its first frame. A script,
// not a fetch, because pages opened from file:// may not fetch.
//   node cmake/voice_js.mjs VOICE.opus VOICE.json OUT.js
import fs from 'node:fs';

const [opus, index, out] = process.argv.slice(2);
const sheet = { index: JSON.parse(fs.readFileSync(index, 'utf8')), opus: fs.readFileSync(opus).toString('base64') };
fs.writeFileSync(out, `window.limberVoice = ${JSON.stringify(sheet)};\n`);
