// The site header (kennisplatform/kop.html): the menu button below 48em and the search
// suggestions of the header search field. Both are progressive enhancement: without
// JavaScript the menu is simply shown and the search field is an ordinary GET form.
(function () {
  "use strict";

  function menu() {
    var knop = document.querySelector(".kp-menuknop[aria-controls]");
    if (!knop) return;
    var paneel = document.getElementById(knop.getAttribute("aria-controls"));
    if (!paneel) return;

    function zet(open) {
      knop.setAttribute("aria-expanded", open ? "true" : "false");
      // The class only hides the panel on narrow screens (kennisplatform.css).
      paneel.classList.toggle("kp-menu--dicht", !open);
    }

    knop.hidden = false;
    zet(false);
    knop.addEventListener("click", function () {
      zet(knop.getAttribute("aria-expanded") !== "true");
    });
    paneel.addEventListener("keydown", function (gebeurtenis) {
      if (gebeurtenis.key === "Escape" && knop.offsetParent !== null && knop.getAttribute("aria-expanded") === "true") {
        zet(false);
        knop.focus();
      }
    });
  }

  // An ARIA 1.2 combobox with a listbox popup, filled from the search app's suggestion
  // endpoint (/api/zoeken/suggesties/, the same one the /zoeken/ page uses).
  function suggesties() {
    var invoer = document.querySelector("input[data-kop-suggesties]");
    if (!invoer || !window.fetch) return;
    var formulier = invoer.form;
    var lijst = document.createElement("ul");
    var status = document.createElement("div");
    var opties = [];
    var actief = -1;
    var wachten = null;
    var laatste = "";
    var volgnummer = 0;

    lijst.id = invoer.id + "-suggesties";
    lijst.className = "kp-suggesties";
    lijst.setAttribute("role", "listbox");
    lijst.setAttribute("aria-label", "Zoeksuggesties");
    lijst.hidden = true;
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    invoer.insertAdjacentElement("afterend", lijst);
    formulier.appendChild(status);

    invoer.setAttribute("role", "combobox");
    invoer.setAttribute("aria-autocomplete", "list");
    invoer.setAttribute("aria-expanded", "false");
    invoer.setAttribute("aria-controls", lijst.id);

    function sluit() {
      lijst.hidden = true;
      invoer.setAttribute("aria-expanded", "false");
      invoer.removeAttribute("aria-activedescendant");
      actief = -1;
    }

    function markeer(nieuw) {
      var elementen = lijst.children;
      if (actief >= 0 && elementen[actief]) elementen[actief].setAttribute("aria-selected", "false");
      actief = nieuw;
      if (actief >= 0 && elementen[actief]) {
        elementen[actief].setAttribute("aria-selected", "true");
        invoer.setAttribute("aria-activedescendant", elementen[actief].id);
        elementen[actief].scrollIntoView({ block: "nearest" });
      } else {
        invoer.removeAttribute("aria-activedescendant");
      }
    }

    function kies(index) {
      if (index < 0 || index >= opties.length) return;
      invoer.value = opties[index];
      laatste = invoer.value.trim();
      sluit();
      if (formulier.requestSubmit) formulier.requestSubmit();
      else formulier.submit();
    }

    function toon(nieuweOpties) {
      opties = nieuweOpties.slice(0, 10);
      lijst.textContent = "";
      actief = -1;
      invoer.removeAttribute("aria-activedescendant");
      opties.forEach(function (tekst, index) {
        var optie = document.createElement("li");
        optie.id = lijst.id + "-" + index;
        optie.className = "kp-suggesties__optie";
        optie.setAttribute("role", "option");
        optie.setAttribute("aria-selected", "false");
        optie.textContent = tekst;
        optie.addEventListener("mousedown", function (gebeurtenis) {
          gebeurtenis.preventDefault(); // keep the focus in the field
        });
        optie.addEventListener("click", function () {
          kies(index);
        });
        lijst.appendChild(optie);
      });
      if (opties.length) {
        lijst.hidden = false;
        invoer.setAttribute("aria-expanded", "true");
        status.textContent = opties.length === 1
          ? "1 suggestie. Kies met pijltje omlaag."
          : opties.length + " suggesties. Kies met pijltje omlaag.";
      } else {
        sluit();
        status.textContent = "";
      }
    }

    function haal() {
      var tekst = invoer.value.trim();
      if (tekst.length < 2) {
        laatste = tekst;
        toon([]);
        return;
      }
      if (tekst === laatste) return;
      laatste = tekst;
      var nummer = ++volgnummer;
      fetch(invoer.dataset.kopSuggesties + "?q=" + encodeURIComponent(tekst), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (antwoord) { return antwoord.ok ? antwoord.json() : { suggesties: [] }; })
        .then(function (data) {
          // An older answer that arrives late must not replace a newer one.
          if (nummer !== volgnummer || document.activeElement !== invoer) return;
          toon(data.suggesties || []);
        })
        .catch(function () { /* suggestions are an extra; the form keeps working */ });
    }

    invoer.addEventListener("input", function () {
      clearTimeout(wachten);
      wachten = setTimeout(haal, 200);
    });

    invoer.addEventListener("keydown", function (gebeurtenis) {
      var open = !lijst.hidden;
      switch (gebeurtenis.key) {
        case "ArrowDown":
          if (!opties.length) return;
          gebeurtenis.preventDefault();
          if (!open) {
            lijst.hidden = false;
            invoer.setAttribute("aria-expanded", "true");
          }
          markeer(actief + 1 >= opties.length ? 0 : actief + 1);
          break;
        case "ArrowUp":
          if (!open || !opties.length) return;
          gebeurtenis.preventDefault();
          markeer(actief <= 0 ? opties.length - 1 : actief - 1);
          break;
        case "Enter":
          if (open && actief >= 0) {
            gebeurtenis.preventDefault();
            kies(actief);
          }
          break;
        case "Escape":
          if (open) {
            gebeurtenis.preventDefault();
            sluit();
          }
          break;
        case "Tab":
          sluit();
          break;
        default:
          break;
      }
    });

    invoer.addEventListener("blur", sluit);
  }

  function start() {
    menu();
    suggesties();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
