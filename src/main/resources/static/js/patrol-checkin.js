// Check-in page: the phone's own time, and its position when the member allows it (optional).
(function () {
  var form = document.getElementById('qf-checkin-form');
  if (!form) { return; }
  var status = document.getElementById('qf-position');
  form.addEventListener('submit', function () {
    document.getElementById('clientTime').value = new Date().toISOString();
  });
  if (!navigator.geolocation) { status.textContent = status.dataset.none; return; }
  navigator.geolocation.getCurrentPosition(function (p) {
    document.getElementById('latitude').value = p.coords.latitude.toFixed(6);
    document.getElementById('longitude').value = p.coords.longitude.toFixed(6);
    status.textContent = status.dataset.found;
  }, function () { status.textContent = status.dataset.none; }, { enableHighAccuracy: true, timeout: 8000, maximumAge: 60000 });
})();
