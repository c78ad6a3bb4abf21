// The benchmark's ear on the page's audio output (bench/av-tap.mjs), run on the audio
// rendering thread. It sees exactly the samples SDL's node hands to the destination and
// reports each run of sound: from the first sample at or above the threshold after at
// least `silenceFrames` quiet ones, to the last loud sample before the next such silence.
// The start is reported as the run begins and the end when the silence after it has
// lasted, so a sound still going when the recording is read (the last cue's) is counted.
// Frames are counted on the context's own clock (currentFrame), so a run's start is the
// context time of its first loud sample, whatever the main thread was doing.
class BenchTap extends AudioWorkletProcessor {
  constructor({ processorOptions: { threshold, silenceFrames } }) {
    super();
    this.threshold = threshold;
    this.silenceFrames = silenceFrames;
    // Sound may already be playing when the tap is connected: a run whose start the tap
    // did not see (no silence before it) is reported with start null.
    this.quiet = 0;
    this.run = null;
    this.lastLoud = null;
    this.sinceReport = 0;
  }

  process(inputs) {
    const channels = inputs[0];
    const frames = channels.length ? channels[0].length : 128;
    for (let i = 0; i < frames; ++i) {
      let level = 0;
      for (const channel of channels) level = Math.max(level, Math.abs(channel[i]));
      if (level >= this.threshold) {
        if (!this.run) {
          this.run = { start: this.quiet >= this.silenceFrames ? currentFrame + i : null };
          this.port.postMessage({ run: this.run });
        }
        this.lastLoud = currentFrame + i;
        this.quiet = 0;
      } else if (++this.quiet === this.silenceFrames && this.run) {
        this.port.postMessage({ runEnd: this.lastLoud });
        this.run = null;
      }
    }
    // A message now and then, in silence too: each makes the page read the context's
    // output timestamp, which places the context's frames on the page's clock.
    this.sinceReport += frames;
    if (this.sinceReport >= sampleRate / 10) {
      this.sinceReport = 0;
      this.port.postMessage({});
    }
    return true;
  }
}

registerProcessor('limber-bench-tap', BenchTap);
