// The page's start: sound, dialogs and the router. The URL fragment always says what is
// on screen, in the link codec's words (docs/links.md):
//   #                  home            #v1/...         a routine
//   #routines          home, at its routine list
//   #play/v1/...       its player      #build[/v1/...] the builder (blank, or from a routine)
'use strict';

(function (Page) {
  const { $, setText, setProp, setAttr, notify } = Page;
  const VIEWS = ['view-home', 'view-routine', 'view-player', 'view-finish', 'view-builder'];
  let autostart = null;  // a Start link just clicked: the player starts at once

  Page.show = function show(id) {
    for (const view of VIEWS) $(view).hidden = view !== id;
  };

  // Sound settings, remembered across visits. The header's notice and the player's Sound
  // button both show the core's one audio state: on or off, and whether the browser has
  // let the sound start yet.
  Page.sound = {
    init() {
      const valid = (v) => typeof v === 'boolean';
      this.store = Page.settings('limber.settings', { sound: true, voice: true, tones: true, volume: 0.8, countReps: false }, {
        sound: valid, voice: valid, tones: valid, volume: (v) => typeof v === 'number' && v >= 0 && v <= 1, countReps: valid,
      });
      this.apply(this.store.value, false);
      const fromControls = () => this.apply({
        sound: $('set-sound').checked, voice: $('set-voice').checked, tones: $('set-tones').checked,
        volume: Number($('set-volume').value) / 100, countReps: $('set-count-reps').checked,
      });
      for (const id of ['set-sound', 'set-voice', 'set-tones', 'set-volume', 'set-count-reps']) $(id).addEventListener('change', fromControls);
    },
    apply(settings, remember = true) {
      const audio = limber.setAudio(settings);
      $('set-sound').checked = audio.enabled;
      $('set-voice').checked = audio.voice;
      $('set-tones').checked = audio.tones;
      $('set-volume').value = String(Math.round(audio.volume * 100));
      $('set-count-reps').checked = audio.countReps;
      if (remember) {
        this.store.save({ sound: audio.enabled, voice: audio.voice, tones: audio.tones, volume: audio.volume, countReps: audio.countReps });
      }
      this.render();
    },
    toggle() {
      this.apply({ sound: !limber.state().audio.enabled });
    },
    text({ enabled, state }) {
      return Page.t(!enabled ? 'sound.off' : state === 'running' ? 'sound.running'
        : state === 'suspended' ? 'sound.suspended' : 'sound.waiting');
    },
    // The button's name stays "Sound"; aria-pressed and the visible on/off say its state.
    render(s = limber.state()) {
      const on = s.audio.enabled;
      setText($('sound-status'), this.text(s.audio));
      setAttr($('toggle-sound'), 'aria-pressed', String(on));
      setProp($('toggle-sound'), 'title', Page.t(on ? 'sound.turnOff' : 'sound.turnOn'));
      setText($('sound-state'), Page.t(on ? 'sound.stateOn' : 'sound.stateOff'));
    },
  };

  // The routine a link opens, or null (and why not); a dose the core brought inside its
  // exercise's range is named, and the URL then holds the routine that plays.
  function decoded(link, what, prefix = '') {
    const d = limber.decodeLink(link);
    if (!d.ok) notify(Page.t('link.notOpened', { what: Page.t(what), error: d.error }), { id: 'link' });
    if (d.ok && d.notices.length) {
      notify(d.notices.join(' '), { id: 'link', kind: 'warning' });
      history.replaceState(history.state, '', `#${prefix}${d.routine.link}`);
    }
    return d.ok ? d.routine : null;
  }

  function focusHeading(id) {
    const heading = $(id);
    if (heading && document.activeElement !== $('canvas')) heading.focus({ preventScroll: false });
  }

  function route() {
    const fragment = location.href.includes('#') ? location.href.slice(location.href.indexOf('#') + 1) : '';
    if (Page.leaveGuard.stops(fragment, route)) return;
    const toPlayer = fragment.startsWith('play/');
    if (!toPlayer) Page.player.close();
    if (fragment === 'build' || fragment.startsWith('build/')) {
      const routine = fragment === 'build' ? null : decoded(fragment.slice(6), 'link.toEdit', 'build/');
      Page.builder.show(routine);
      Page.show('view-builder');
      focusHeading('builder-title');
      return;
    }
    if (fragment === 'routines') {
      Page.home.show();
      Page.show('view-home');
      Page.home.focusRoutines();
      return;
    }
    const link = toPlayer ? fragment.slice(5) : fragment;
    const routine = link ? decoded(link, 'link.thisLink', toPlayer ? 'play/' : '') : null;
    if (routine && toPlayer) {
      wantVoice();
      Page.player.open(routine);
      if (autostart === link) Page.player.start();
      else $('start').focus();
    } else if (routine) {
      Page.routineView.show(routine);
      Page.show('view-routine');
      focusHeading('routine-title');
    } else {
      // The URL must say what is on screen: a link that did not open is taken off it.
      if (link) history.replaceState(history.state, '', location.href.split('#')[0]);
      Page.home.show();
      Page.show('view-home');
    }
    autostart = null;
  }

  function onGlobalKey(e) {
    if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.target.closest('input, select, textarea, dialog')) return;
    e.preventDefault();
    $('help').showModal();
  }

  // The sheet is Ogg Opus, which the core's SDL_mixer cannot read on the web (its wasm build
  // has no libopus) but every browser decodes. The core gets the samples as a 16-bit WAV at
  // its output's own rate, so SDL_mixer keeps them as they are: converting two minutes of
  // speech, it would hold a buffer several times their size (docs/audio.md).
  async function decodeVoice(opus, rate) {
    const samples = (await new OfflineAudioContext(1, 1, rate).decodeAudioData(opus.buffer)).getChannelData(0);
    const wav = new DataView(new ArrayBuffer(44 + samples.length * 2));
    const tag = (at, text) => [...text].forEach((c, i) => wav.setUint8(at + i, c.charCodeAt(0)));
    tag(0, 'RIFF');
    wav.setUint32(4, wav.byteLength - 8, true);
    tag(8, 'WAVEfmt ');
    wav.setUint32(16, 16, true);  // the format chunk's size
    wav.setUint16(20, 1, true);  // integer PCM
    wav.setUint16(22, 1, true);  // mono
    wav.setUint32(24, rate, true);
    wav.setUint32(28, rate * 2, true);  // bytes a second
    wav.setUint16(32, 2, true);  // bytes a frame
    wav.setUint16(34, 16, true);  // bits a sample
    tag(36, 'data');
    wav.setUint32(40, samples.length * 2, true);
    for (let i = 0; i < samples.length; i++) wav.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, samples[i])) * 32767), true);
    return new Uint8Array(wav.buffer);
  }

  // The voice sheet comes from its own file, asked for only once it may be heard: at the
  // first gesture or when the player opens, and never before the page has drawn and loaded,
  // so it delays neither; a page only looked at never fetches it. Each language has its
  // own sheet (voice.js for English, voice-<code>.js), and only the page's language is
  // fetched; a change of language fetches the new one. Until it arrives, or if it cannot,
  // cues play their tones and captions show the words. It is decoded once the output is
  // open (after the first gesture), at the output's rate.
  let voiceSheet = null;
  const voiceFile = (code) => (code === 'en' ? 'voice.js' : `voice-${code}.js`);
  async function giveVoice() {
    const rate = limber.outputRate();
    if (!voiceSheet || !rate) return;
    const { opus, index } = voiceSheet;
    voiceSheet = null;
    let wav;
    try {
      wav = await decodeVoice(Uint8Array.from(atob(opus), (c) => c.charCodeAt(0)), rate);
    } catch (err) {
      // Nothing the person can act on, and the cues still sound: said only to developers.
      console.warn(`voice: this browser could not decode ${voiceFile(index.language)}'s Opus sheet (${err}); cues play their tones only`);
      return;
    }
    // A sheet decoded while the language changed again would only be replaced.
    if (index.language === Page.words.language()) limber.giveVoice(wav, JSON.stringify(index));
  }
  let voiceLanguage = null;  // the language whose sheet was asked for last
  function loadVoice() {
    const code = Page.words.language();
    if (voiceLanguage === code) return;
    voiceLanguage = code;
    const script = document.createElement('script');
    script.src = voiceFile(code);
    script.addEventListener('load', () => {
      const sheet = window.limberVoice;
      delete window.limberVoice;
      script.remove();
      if (sheet?.index?.language !== Page.words.language()) return;
      voiceSheet = sheet;
      giveVoice();
    });
    script.addEventListener('error', () => {
      notify(Page.t('voice.notLoaded'), { kind: 'warning' });
    });
    document.head.append(script);
  }
  function wantVoice() {
    if (document.readyState === 'complete') loadVoice();
    else addEventListener('load', loadVoice, { once: true });
  }

  // The view the first route shows replaces what web/boot.js held back.
  function pageIsLive() {
    document.documentElement.classList.remove('starting', 'opening-link', 'opening-player');
  }

  limber.ready.then(() => {
    const info = limber.info();
    Page.language.init(Page.words.pack());
    Page.setCatalog(limber.catalog());
    if (info.catalogError) notify(Page.t('catalog.damaged', { error: info.catalogError }));
    Page.favourites.load();
    Page.history.load();
    Page.sound.init();
    Page.safety.init();
    Page.home.init();
    Page.routineView.init();
    Page.player.init();
    Page.media.init();
    Page.builder.init();
    Page.reminders.init();
    Page.undo.init();
    Page.leaveGuard.init();
    Page.resume.init();
    Page.install.init();
    limber.onFrame((s) => Page.sound.render(s));
    Page.language.onChange(() => {
      Page.sound.render();
      if (voiceLanguage) loadVoice();
    });
    // Browsers allow sound only after a gesture; every gesture re-checks, so a context the
    // browser suspended later (tab switch, device change) comes back on the next click or key.
    const unlock = () => {
      limber.unlockAudio();
      wantVoice();
      giveVoice();
      setTimeout(() => Page.sound.render(), 100);
    };
    document.addEventListener('pointerdown', unlock, true);
    document.addEventListener('keydown', unlock, true);
    document.addEventListener('visibilitychange', () => Page.sound.render());
    // Honour the system's reduce-motion setting, now and when it changes.
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)');
    limber.setReducedMotion(calm.matches);
    calm.addEventListener('change', () => limber.setReducedMotion(calm.matches));
    // The canvas takes the page's theme: a dim room beside dark panels, not a bright box.
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    limber.setDarkTheme(dark.matches);
    dark.addEventListener('change', () => limber.setDarkTheme(dark.matches));
    document.addEventListener('click', (e) => {
      const start = e.target.closest('a[data-autostart]');
      if (start) autostart = start.getAttribute('href').slice('#play/'.length);
    });
    document.addEventListener('keydown', onGlobalKey);
    $('open-help').addEventListener('click', () => $('help').showModal());
    $('open-settings').addEventListener('click', () => $('settings').showModal());
    window.addEventListener('hashchange', route);
    route();
    pageIsLive();
    Page.resume.focusOffer();
  }, (err) => {
    pageIsLive();
    notify(err.message);
  });
})(window.Page);
