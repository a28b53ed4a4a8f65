/* The buttons of the handout's bar: show/hide code, colour scheme, print. */
(function () {
  var root = document.documentElement, store = {};
  try { store = window.localStorage || {}; } catch (e) { /* ignore */ }
  var code = document.getElementById('thw2-code-toggle');
  var theme = document.getElementById('thw2-theme-toggle');
  var print = document.getElementById('thw2-print');
  function showCodeState() {
    var hidden = root.classList.contains('thw2-hide-code');
    code.textContent = hidden ? 'Show code' : 'Hide code';
    code.setAttribute('aria-pressed', hidden ? 'true' : 'false');
  }
  if (code) {
    if (!document.querySelector('.jp-CodeCell:not(.celltag_setup)')) code.hidden = true;
    code.addEventListener('click', function () {
      root.classList.toggle('thw2-hide-code');
      try { store['thw2-code'] = root.classList.contains('thw2-hide-code') ? 'hidden' : 'shown'; } catch (e) { /* ignore */ }
      showCodeState();
    });
    showCodeState();
  }
  if (theme && window.thw2Theme) {
    var order = ['auto', 'light', 'dark'];
    var label = function () { theme.textContent = 'Theme: ' + window.thw2Theme.get(); };
    theme.addEventListener('click', function () {
      window.thw2Theme.set(order[(order.indexOf(window.thw2Theme.get()) + 1) % order.length]);
      label();
    });
    label();
  }
  if (print) print.addEventListener('click', function () { window.print(); });
})();
