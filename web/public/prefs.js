// Language-independent preferences: elder mode (长辈模式), remembered on this device.
// Loaded in <head> so the page never flashes in the wrong size. The toggle says its
// state in words (its data-on / data-off, in the page's language), not by colour only;
// in elder mode on a phone the navigation folds behind the menu button (elder.css).
(() => {
  const key = 'puning.elderMode';
  const root = document.documentElement;
  const read = () => {
    try {
      return localStorage.getItem(key) === 'on';
    } catch {
      return false;
    }
  };
  const show = (on) => {
    root.classList.toggle('elder', on);
    for (const button of document.querySelectorAll('[data-elder-toggle]')) {
      button.setAttribute('aria-pressed', String(on));
      const state = button.querySelector('[data-elder-state]');
      if (state) state.textContent = on ? button.dataset.on : button.dataset.off;
    }
  };
  root.classList.toggle('elder', read());
  document.addEventListener('DOMContentLoaded', () => {
    for (const button of document.querySelectorAll('[data-elder-toggle]')) {
      button.hidden = false;
      button.addEventListener('click', () => {
        const on = !root.classList.contains('elder');
        show(on);
        try {
          localStorage.setItem(key, on ? 'on' : 'off');
        } catch {}
      });
    }
    show(root.classList.contains('elder'));
    for (const button of document.querySelectorAll('[data-menu-toggle]')) {
      const nav = document.getElementById(button.getAttribute('aria-controls') ?? '');
      if (!nav) continue;
      button.hidden = false;
      button.addEventListener('click', () => {
        const open = button.getAttribute('aria-expanded') !== 'true';
        button.setAttribute('aria-expanded', String(open));
        nav.classList.toggle('open', open);
      });
    }
  });
})();
