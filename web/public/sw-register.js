// Installs the service worker (/sw.js) from the check and application pages only, so
// that they keep working offline; other pages never download what it stores.
(() => {
  if (!('serviceWorker' in navigator)) return;
  if (!/^\/(en\/)?(check|apply)\/$/.test(location.pathname)) return;
  addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Without it the pages work as before, online.
    });
  });
})();
