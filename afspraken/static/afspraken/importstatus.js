// The status page of an import in the admin (afspraken/admin_views.py): asks the JSON status
// every two seconds, updates the <progress> element and the text, and reloads the page when
// the import has ended (the page then shows the summary or the error). No inline script: the
// admin's Content-Security-Policy allows scripts from this site only.
(function () {
  "use strict";
  var blok = document.getElementById("importstatus");
  if (!blok || blok.dataset.afgelopen === "ja") {
    return;
  }
  var balk = document.getElementById("importstatus-balk");
  var procent = document.getElementById("importstatus-procent");
  var tekst = document.getElementById("importstatus-tekst");

  function vraag() {
    fetch(blok.dataset.standUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (antwoord) {
        if (!antwoord.ok) {
          throw new Error("status " + antwoord.status);
        }
        return antwoord.json();
      })
      .then(function (stand) {
        if (stand.afgelopen) {
          window.location.reload();
          return;
        }
        if (stand.onbepaald) {
          balk.removeAttribute("value"); // an unknown total: the bar shows activity only
        } else {
          balk.value = stand.procent;
        }
        balk.textContent = stand.procent + "%";
        procent.textContent = stand.procent + "%";
        if (tekst.textContent !== stand.tekst) {
          tekst.textContent = stand.tekst;
        }
        window.setTimeout(vraag, 2000);
      })
      .catch(function () {
        window.setTimeout(vraag, 5000); // a hiccup of the network: try again a bit later
      });
  }
  window.setTimeout(vraag, 1000);
})();
