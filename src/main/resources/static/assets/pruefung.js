// The triage workspace without reloading for two things: "alle ohne Zuständigkeit" ticks the items in place, and
// a changed type or date recomputes the deadlines (the page works the same without this script).
document.addEventListener('DOMContentLoaded', function () {
  var all = document.getElementById('alle-ohne');
  if (all) {
    all.addEventListener('click', function (event) {
      event.preventDefault();
      document.querySelectorAll('#fragen tr[data-unrouted="true"] input[name="fragen"]').forEach(function (box) {
        box.checked = true;
      });
    });
  }
  var compute = document.getElementById('berechnen');
  ['art', 'datum'].forEach(function (id) {
    var field = document.getElementById(id);
    if (field && compute) {
      field.addEventListener('change', function () {
        field.form.requestSubmit(compute);
      });
    }
  });
});
