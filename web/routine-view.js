// One routine in full: every exercise with its steps, dose and cautions, how often to do
// it, and Start, Star, Copy link and (for any routine) Edit a copy in the builder.
'use strict';

(function (Page) {
  const { h, $, fill, setText, minutes } = Page;

  Page.copyLink = async function copyLink(link, status) {
    const url = `${location.href.split('#')[0]}#${link}`;
    try {
      await navigator.clipboard.writeText(url);
      setText(status, Page.t('link.copied'));
    } catch {
      // No clipboard permission (file://, older browsers): show the link to copy by hand.
      setText(status, Page.t('link.copyThis', { url }));
    }
  };

  function exerciseItem(item, index) {
    const e = Page.exercise(item.exercise);
    return h('li', { class: 'exercise' },
      Page.exerciseFigure(e),
      h('h3', null, `${index + 1}. ${e.name}`),
      h('p', { class: 'facts' }, h('span', null, Page.doseText(item.dose)), h('span', null, Page.positionText(e))),
      item.shortened ? h('p', { class: 'shortened' }, h('strong', null, Page.t('exercise.shortened')), item.shortened) : null,
      h('p', null, e.purpose),
      h('ol', { class: 'steps' }, e.steps.map((step) => h('li', null, step))),
      h('p', { class: 'breathing' }, Page.t('exercise.breathing', { in: e.breathing.in, out: e.breathing.out })),
      e.cautions.length ? h('ul', { class: 'cautions', 'aria-label': Page.t('exercise.takeCare') }, e.cautions.map((c) => h('li', null, c))) : null);
  }

  Page.routineView = {
    init() {
      $('routine-copy').addEventListener('click', () => Page.copyLink(Page.routineView.current.link, $('routine-link-status')));
      // The routine as the core tells it in the new words.
      Page.language.onChange(() => {
        const { current } = Page.routineView;
        const d = current && limber.decodeLink(current.link);
        if (d && d.ok && !$('view-routine').hidden) Page.routineView.show(d.routine);
      });
    },
    show(routine) {
      Page.routineView.current = routine;
      const facts = Page.facts(routine);
      setText($('routine-title'), routine.name);
      setText($('routine-description'), routine.description || Page.t('routine.own'));
      fill($('routine-facts'), [minutes(routine.totalMs), facts.place, facts.kindText, facts.equipmentText].map((t) => h('span', null, t)));
      setText($('routine-frequency'), routine.howOften);
      $('routine-start').href = `#play/${routine.link}`;
      $('routine-edit').href = `#build/${routine.copyLink}`;
      fill($('routine-star'), Page.starButton(routine));
      setText($('routine-link-status'), '');
      fill($('routine-exercises'), routine.items.map(exerciseItem));
      document.title = Page.t('title.page', { name: routine.name });
    },
  };
})(window.Page);
