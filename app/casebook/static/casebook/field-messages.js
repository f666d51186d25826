/*
 * Messages at the fields of the response form: what the server kept back, or what checks.js
 * finds, put next to the field it concerns (in its data-field="<field id>" wrapper, as the
 * server's own page does), with aria-invalid and aria-describedby on the control. Clearing
 * also removes the messages the server rendered into the page.
 *
 * Defines window.CasebookFieldMessages = {show(form, fields), clear(form), count(form)}.
 */
(function () {
  "use strict";

  const CONTROL = "input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea";

  function clear(form) {
    form.querySelectorAll("[data-js-error], p.error[data-error-for]").forEach((el) => el.remove());
    form.querySelectorAll(".has-error").forEach((el) => el.classList.remove("has-error"));
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    form.querySelectorAll("[aria-describedby]").forEach((el) => {
      const ids = el.getAttribute("aria-describedby").split(" ").filter((id) => id && !id.endsWith("-error"));
      if (ids.length) el.setAttribute("aria-describedby", ids.join(" "));
      else el.removeAttribute("aria-describedby");
    });
  }

  // fields: {field id: [messages]}; replaces every message shown before.
  function show(form, fields) {
    clear(form);
    Object.keys(fields || {}).forEach((fieldId) => {
      const wrap = form.querySelector('[data-field="' + CSS.escape(fieldId) + '"]');
      if (!wrap) return;
      const message = document.createElement("p");
      message.className = "error";
      message.id = fieldId + "-error";
      message.setAttribute("data-js-error", "");
      message.textContent = fields[fieldId].join(" ");
      wrap.appendChild(message);
      wrap.classList.add("has-error");
      const target = (wrap.matches("input, textarea") ? wrap : wrap.querySelector(CONTROL)) || wrap;
      target.setAttribute("aria-invalid", "true");
      const described = (target.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== message.id);
      target.setAttribute("aria-describedby", described.concat([message.id]).join(" "));
    });
  }

  function count(form) {
    return form.querySelectorAll("[data-js-error]").length;
  }

  window.CasebookFieldMessages = Object.freeze({ show: show, clear: clear, count: count });
})();
