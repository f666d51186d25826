/*
 * Casebook start form: when another instrument is chosen, preselect the wave suggested for it
 * (data-wave on its option: the first wave without a complete response, see app/casebook/next_wave.py),
 * or "Choose a wave" when there is none to suggest. Plain ES2017, no build step; without it
 * the form still works, with the suggestion for the first instrument.
 */
(function () {
  "use strict";

  document.querySelectorAll("form.start").forEach((form) => {
    const instrument = form.querySelector("select[name=instrument_version]");
    const wave = form.querySelector("select[data-wave-select]");
    if (!instrument || !wave || instrument.dataset.cbWaves) return;
    instrument.dataset.cbWaves = "on"; // the macro may include this script more than once
    instrument.addEventListener("change", () => {
      const option = instrument.selectedOptions[0];
      wave.value = option ? option.dataset.wave || "" : "";
    });
  });
})();
