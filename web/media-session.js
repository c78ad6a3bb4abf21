// What the browser and the system show of a routine under way, and the controls they
// lend it: the tab's title names the exercise, and the time left once paused; the Media
// Session shows the exercise and routine in the system's media panel and takes play,
// pause, next and previous from media keys, headset buttons and that panel. Browsers
// give media keys only to a page playing a media element (Web Audio does not count), so
// a silent one plays while the routine does. The routine runs only where it can be seen
// (player.js pauses it when the page is hidden), so a play key from another tab leaves
// it paused.
'use strict';

(function (Page) {
  const { clock } = Page;
  const SILENCE_SECONDS = 6;  // a media element shorter than 5 s gets no media panel

  // shown: the routine and exercise the media session names, '' while none is under way;
  // playing: whether the silent element was last asked to play.
  const media = { silence: null, shown: '', playing: false };
  Page.media = media;

  // Unsigned 8-bit mono WAV at 8 kHz: every sample 128 is silence.
  function silenceUrl() {
    const rate = 8000;
    const samples = rate * SILENCE_SECONDS;
    const bytes = new Uint8Array(44 + samples).fill(128);
    const view = new DataView(bytes.buffer);
    const ascii = (at, text) => [...text].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)));
    ascii(0, 'RIFF');
    view.setUint32(4, 36 + samples, true);
    ascii(8, 'WAVEfmt ');
    view.setUint32(16, 16, true);
    view.setUint16(20, 1, true);      // PCM
    view.setUint16(22, 1, true);      // mono
    view.setUint32(24, rate, true);
    view.setUint32(28, rate, true);   // bytes per second
    view.setUint16(32, 1, true);      // bytes per frame
    view.setUint16(34, 8, true);      // bits per sample
    ascii(36, 'data');
    view.setUint32(40, samples, true);
    return URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
  }

  // Played and paused with the routine, asked once each time the routine starts or
  // resumes. Playing needs a gesture; without one (a routine started by automation) the
  // browser refuses, only the media keys are lost, and it is not asked again every frame.
  function keepSilence(playing) {
    if (playing === media.playing) return;
    media.playing = playing;
    if (playing && !media.silence) {
      media.silence = new Audio(silenceUrl());
      media.silence.loop = true;
    }
    if (!media.silence) return;
    if (playing) media.silence.play().catch(() => {});
    else media.silence.pause();
  }

  function setTitle(title) {
    if (document.title !== title) document.title = title;
  }

  // The tab title and the media session for one snapshot of the core.
  media.render = function render(s = limber.state()) {
    const routine = Page.player.routine;
    const underWay = s.screen === 'player' && s.phase && s.phase !== 'done' && routine;
    if (!underWay) {
      if (media.shown) {
        media.shown = '';
        keepSilence(false);
        if (navigator.mediaSession) {
          navigator.mediaSession.metadata = null;
          navigator.mediaSession.playbackState = 'none';
        }
        // Another view took over (home, a routine) and titled itself already.
        const ours = !Page.$('view-player').hidden || !Page.$('view-finish').hidden;
        if (routine && ours) setTitle(Page.t('title.page', { name: routine.name }));
      }
      return;
    }
    const exercise = Page.exercise(s.exerciseId);
    // The time left goes in the title only while it stands still: paused, which is also
    // how a hidden tab leaves the routine. Playing, the page shows the countdown, and a
    // tab renaming itself every second is noise in the tab strip.
    setTitle(s.paused ? Page.t('title.paused', { exercise: exercise.name, left: clock(s.remainingMs) }) : Page.t('title.page', { name: exercise.name }));
    keepSilence(!s.paused);
    if (!navigator.mediaSession) return;
    navigator.mediaSession.playbackState = s.paused ? 'paused' : 'playing';
    const shown = `${routine.link}\n${s.exerciseId}\n${exercise.name}`;
    if (shown !== media.shown) {
      media.shown = shown;
      navigator.mediaSession.metadata = new MediaMetadata({
        title: exercise.name,
        artist: routine.name,
        album: 'Limber',
        artwork: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
      });
    }
  };

  function whenUnderWay(act) {
    return () => {
      const s = limber.state();
      if (s.screen === 'player' && document.visibilityState === 'visible') act(s);
      media.render();
    };
  }

  media.init = function init() {
    limber.onFrame(media.render);
    // Hidden, the page paints no frames; the pause it makes there still shows in the title.
    document.addEventListener('visibilitychange', () => media.render());
    if (!navigator.mediaSession) return;
    const actions = {
      play: whenUnderWay((s) => { if (s.paused) Page.player.togglePause(); }),
      pause: whenUnderWay((s) => { if (!s.paused) Page.player.togglePause(); }),
      nexttrack: whenUnderWay(() => limber.next()),
      previoustrack: whenUnderWay(() => limber.previous()),
    };
    for (const [action, handler] of Object.entries(actions)) {
      try {
        navigator.mediaSession.setActionHandler(action, handler);
      } catch {
        // An action this browser does not know: its key simply does nothing here.
      }
    }
  };
})(window.Page);
