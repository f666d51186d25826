/*
 * Someone else saved a newer version of the response: the banner at the top of the form
 * says who and when, and shows every answer that differs, their version (on the server)
 * beside this one (in the page and on this device), from the 409 answer's `differences`.
 * Choosing between them is autosave.js' job.
 *
 * Defines window.CasebookConflict = {show(banner, conflict, form)} -> {who, time}.
 */
(function () {
  "use strict";

  function cell(tag, text) {
    const el = document.createElement(tag);
    el.textContent = text;
    return el;
  }

  function fillVersions(banner, differences) {
    const table = banner.querySelector("[data-versions]");
    if (!table) return;
    const rows = differences.map((d) => {
      const label = cell("th", d.label);
      label.scope = "row";
      const theirs = cell("td", d.theirs);
      theirs.dataset.theirs = d.item;
      const yours = cell("td", d.yours);
      yours.dataset.yours = d.item;
      const tr = document.createElement("tr");
      tr.append(label, theirs, yours);
      return tr;
    });
    table.querySelector("tbody").replaceChildren(...rows);
    table.hidden = !rows.length;
  }

  // conflict: {current: {collector, updated_at, revision}, differences};
  // form: {clock(iso), pageText()} (CasebookForm's).
  function show(banner, conflict, form) {
    const current = conflict.current || {};
    const who = current.collector || window.CasebookMessages.text.someone;
    const time = form.clock(current.updated_at);
    if (banner) {
      banner.querySelector("[data-conflict-who]").textContent = who;
      const stamp = banner.querySelector("[data-conflict-time]");
      stamp.dateTime = current.updated_at || "";
      stamp.textContent = time;
      fillVersions(banner, conflict.differences || []);
      const copy = banner.querySelector("[data-unsaved-text]");
      if (copy) copy.value = form.pageText();
      banner.querySelectorAll("[data-js-only]").forEach((el) => { el.hidden = false; });
      banner.hidden = false;
    }
    return { who: who, time: time };
  }

  window.CasebookConflict = Object.freeze({ show: show });
})();
