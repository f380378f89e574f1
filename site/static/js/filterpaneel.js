// Filter panels (<details data-filterpaneel>): closed on small screens so the first result
// shows in the first screen, open on wide screens where the filters stand beside the results.
// Without JavaScript the panel is an ordinary <details>: closed, and opened with its summary.
(function () {
  "use strict";
  var breed = window.matchMedia ? window.matchMedia("(min-width: 48em)") : null;
  function pas(panelen) {
    panelen.forEach(function (paneel) { paneel.open = !!(breed && breed.matches); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    var panelen = Array.prototype.slice.call(document.querySelectorAll("details[data-filterpaneel]"));
    if (!panelen.length || !breed) return;
    pas(panelen);
    var luister = function () { pas(panelen); };
    if (breed.addEventListener) breed.addEventListener("change", luister);
    else if (breed.addListener) breed.addListener(luister);
  });
})();
