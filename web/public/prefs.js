// Elder mode (长辈模式), its toggle's words and the menu (decisions: Answer first and read aloud).
(() => {
  const key = 'puning.elderMode';
  const root = document.documentElement;
  const all = (selector) => document.querySelectorAll(selector);
  const show = (on) => {
    root.classList.toggle('elder', on);
    for (const b of all('[data-elder-toggle]')) {
      b.setAttribute('aria-pressed', on);
      b.querySelector('[data-elder-state]').textContent = on ? b.dataset.on : b.dataset.off;
    }
  };
  try {
    root.classList.toggle('elder', localStorage.getItem(key) === 'on');
  } catch {}
  document.addEventListener('DOMContentLoaded', () => {
    show(root.classList.contains('elder'));
    for (const b of all('[data-elder-toggle]')) {
      b.hidden = false;
      b.onclick = () => {
        const on = !root.classList.contains('elder');
        show(on);
        try {
          localStorage.setItem(key, on ? 'on' : 'off');
        } catch {}
      };
    }
    for (const b of all('[data-menu-toggle]')) {
      b.hidden = false;
      b.onclick = () => {
        const open = b.getAttribute('aria-expanded') !== 'true';
        b.setAttribute('aria-expanded', open);
        document.getElementById(b.getAttribute('aria-controls')).classList.toggle('open', open);
      };
    }
  });
})();
