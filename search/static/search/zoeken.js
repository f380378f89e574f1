// Autocomplete for the search box: fills the <datalist> with titles from the JSON endpoint.
// Without JavaScript the form works as an ordinary GET form.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var invoer = document.querySelector("input[data-suggesties]");
    if (!invoer || !window.fetch) return;
    var lijst = document.getElementById(invoer.getAttribute("list"));
    var wachten = null;
    var laatste = "";
    invoer.addEventListener("input", function () {
      clearTimeout(wachten);
      wachten = setTimeout(function () {
        var tekst = invoer.value.trim();
        if (tekst.length < 2 || tekst === laatste) return;
        laatste = tekst;
        fetch(invoer.dataset.suggesties + "?q=" + encodeURIComponent(tekst), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        })
          .then(function (antwoord) { return antwoord.ok ? antwoord.json() : { suggesties: [] }; })
          .then(function (data) {
            lijst.textContent = "";
            (data.suggesties || []).forEach(function (titel) {
              var optie = document.createElement("option");
              optie.value = titel;
              lijst.appendChild(optie);
            });
          })
          .catch(function () { /* autocomplete is an extra; the form keeps working */ });
      }, 200);
    });
  });
})();
