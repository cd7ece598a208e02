// Qunfang page behaviour, kept out of the markup so the content security policy can forbid inline script.
(function () {
  'use strict';
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  // htmx requests carry the CSRF token like forms do.
  document.body.addEventListener('htmx:configRequest', function (event) {
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });
  // Print buttons.
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.addEventListener('click', function () { window.print(); });
  });
})();
