// Language-independent preferences: elder mode (长辈模式), remembered on this device.
// Loaded in <head> so the page never flashes in the wrong size.
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
  root.classList.toggle('elder', read());
  document.addEventListener('DOMContentLoaded', () => {
    for (const button of document.querySelectorAll('[data-elder-toggle]')) {
      button.hidden = false;
      button.setAttribute('aria-pressed', String(root.classList.contains('elder')));
      button.addEventListener('click', () => {
        const on = !root.classList.contains('elder');
        root.classList.toggle('elder', on);
        try {
          localStorage.setItem(key, on ? 'on' : 'off');
        } catch {}
        for (const b of document.querySelectorAll('[data-elder-toggle]')) {
          b.setAttribute('aria-pressed', String(on));
        }
      });
    }
  });
})();
