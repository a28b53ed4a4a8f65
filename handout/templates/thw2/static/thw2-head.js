/* Runs in <head>, before the page is drawn: applies the reader's colour scheme (light, dark, or auto =
   as the system prefers; remembered in localStorage) and the remembered code visibility. */
(function () {
  var root = document.documentElement, store = {};
  try { store = window.localStorage || {}; } catch (e) { /* storage may be off for file:// pages */ }
  var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function apply() {
    var choice = store['thw2-theme'] || 'auto';
    var dark = choice === 'dark' || (choice === 'auto' && media && media.matches);
    root.setAttribute('data-theme', dark ? 'dark' : 'light');
    root.setAttribute('data-theme-choice', choice);
  }
  window.thw2Theme = {
    get: function () { return store['thw2-theme'] || 'auto'; },
    set: function (choice) { try { store['thw2-theme'] = choice; } catch (e) { /* ignore */ } apply(); }
  };
  if (media) {
    if (media.addEventListener) media.addEventListener('change', apply); else if (media.addListener) media.addListener(apply);
  }
  apply();
  if (store['thw2-code'] === 'hidden') root.classList.add('thw2-hide-code');
})();
