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
  // Forms that undo something ask first: data-confirm holds the question.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) { event.preventDefault(); }
    });
  });
  // "Use my position": fills the latitude and longitude fields of the same form from the phone's GPS.
  document.querySelectorAll('[data-locate]').forEach(function (button) {
    if (!navigator.geolocation) { button.hidden = true; return; }
    button.addEventListener('click', function () {
      var form = button.closest('form');
      navigator.geolocation.getCurrentPosition(function (position) {
        form.querySelector('[name="latitude"]').value = position.coords.latitude.toFixed(6);
        form.querySelector('[name="longitude"]').value = position.coords.longitude.toFixed(6);
      }, function () { button.disabled = true; }, { enableHighAccuracy: true, timeout: 15000 });
    });
  });
})();
