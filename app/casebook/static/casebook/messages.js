/*
 * Casebook's interface text for the page scripts: one catalogue, app/casebook/script_text.py, which
 * every page carries in the reader's language as JSON (<script id="cb-text">, base.html).
 * Plain strings with {name} placeholders; a message with a count is a pair [one, other].
 * `format` fills placeholders in; `plural(key, n, values)` picks the form for n and fills
 * in {num} and the values.
 *
 * Defines window.CasebookMessages = {text, format, plural}.
 */
(function (global) {
  "use strict";

  const element = global.document && global.document.getElementById("cb-text");
  const text = element ? JSON.parse(element.textContent) : {};

  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, (whole, name) =>
      values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);
  }

  // "1 answer not saved: fix it to save" / "3 answers not saved: fix them to save"
  function plural(key, n, values) {
    const forms = text[key];
    const template = Array.isArray(forms) ? forms[n === 1 ? 0 : 1] : forms;
    return format(template, Object.assign({ num: n }, values));
  }

  global.CasebookMessages = Object.freeze({ text: Object.freeze(text), format: format, plural: plural });
})(self);
