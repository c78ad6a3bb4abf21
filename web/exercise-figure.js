// Each exercise's figure beside its name (routine view, builder), so the user sees what
// is coming: a still of its telling moment drawn by the player's own scene code
// (limber.exerciseImage). Its box is reserved by CSS, so nothing moves when it arrives;
// it is drawn only when it comes near the screen, kept per exercise and size, and drawn
// again in the other theme's colours when the system's theme changes.
'use strict';

(function (Page) {
  const { h } = Page;
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  // "id width×height" → ImageData in the current theme, the oldest dropped past kKept: a
  // large still at 2 device pixels a CSS pixel is over 400 kB.
  const images = new Map();
  const kKept = 48;
  const seen = new IntersectionObserver(onSeen, { rootMargin: '200px' });

  function draw(canvas, width, height) {
    const { exercise } = canvas.dataset;
    const theme = dark.matches ? 'dark' : 'light';
    const key = `${exercise} ${width}×${height}`;
    let image = images.get(key);
    if (!image) {
      image = limber.exerciseImage(exercise, width, height, { dark: dark.matches });
      images.set(key, image);
      if (images.size > kKept) images.delete(images.keys().next().value);
    }
    if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
    canvas.getContext('2d').putImageData(image, 0, 0);
    canvas.dataset.theme = theme;
  }

  function onSeen(entries) {
    // Device pixels, so the figure is as sharp as the text beside it; past 2 the
    // difference is not seen and each still costs four times more.
    const ratio = Math.min(window.devicePixelRatio || 1, 2);
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const box = entry.boundingClientRect;
      if (box.width < 1 || box.height < 1) continue;
      seen.unobserve(entry.target);
      draw(entry.target, Math.round(box.width * ratio), Math.round(box.height * ratio));
    }
  }

  dark.addEventListener('change', () => {
    images.clear();
    for (const canvas of document.querySelectorAll('canvas.exercise-figure[data-theme]')) draw(canvas, canvas.width, canvas.height);
  });

  // The figure of `exercise` (from the catalog), named for those who cannot see it: the
  // exercise, its position and what the body does at the moment shown.
  Page.exerciseFigure = function exerciseFigure(exercise) {
    const moment = limber.exerciseMoment(exercise.id);
    const doing = moment === 'start' ? Page.t('exercise.startPosition') : exercise.breathing[moment];
    const canvas = h('canvas', {
      class: 'exercise-figure', role: 'img', 'data-exercise': exercise.id, 'data-moment': moment,
      'aria-label': Page.t('exercise.figure', { name: exercise.name, position: Page.positionText(exercise), doing }),
    });
    seen.observe(canvas);
    return canvas;
  };
})(window.Page);
