/*
 * Casebook answer checks in the browser: the same checks, in the same order and with the
 * same messages, as the server makes when a form is saved, so a form filled with no
 * connection says at once what the server would say. Each function has a twin:
 *   convert      app/casebook/forms/typed_text.py (numbers, durations, dates, times typed as text)
 *   typeProblem  the item kinds' checks in app/casebook/items/ (limits of a converted value)
 *   problems     check_answers(): constraints (those about the answer alone on a draft,
 *                all of them on completion) and, on completion, required answers
 * Constraints are evaluated from the same parsed tree as the server (expressions.js); the
 * page gets each item's limits, tree and message from app/casebook/views/collect/page_data.py.
 * tests/test_browser_checks.py runs both sides on the same cases.
 *
 * Plain ES2017. Defines window.CasebookChecks = {convert, problems}.
 */
(function () {
  "use strict";

  const E = window.CasebookExpressions;
  const M = window.CasebookMessages;
  if (!E || !M) return;
  const T = M.text; // the server's messages, in the reader's language (app/casebook/script_text.py)
  const NUMBER = /^-?\d+([.,]\d+)?$/;
  const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;
  const TYPED = new Set(["number", "duration", "date", "time"]);

  function isDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
    const [y, m, d] = text.split("-").map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return y >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }

  // Typed text as the server's form field reads it: {value} (null when blank) or {error}.
  function convert(type, raw, check) {
    const text = String(raw || "").trim();
    if (!TYPED.has(type) || text === "") return { value: TYPED.has(type) ? null : raw };
    if (type === "number") {
      if (!NUMBER.test(text)) return { error: T.notNumber };
      const value = Number(text.replace(",", "."));
      if (!(check && check.decimal) && !Number.isInteger(value)) {
        return { error: T.notWhole };
      }
      return { value: value };
    }
    if (type === "duration") {
      if (!/^\d+$/.test(text)) return { error: T.notMinutes };
      return { value: Number(text) };
    }
    if (type === "date") {
      if (text.length === 10 && isDate(text)) return { value: text };
      return { error: T.notDate };
    }
    const match = TIME.exec(text);
    if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) {
      return { error: T.notTime };
    }
    return { value: match[1].padStart(2, "0") + ":" + match[2] };
  }

  // The limit a converted value breaks, or null.
  function typeProblem(type, value, check) {
    if (value === null || value === undefined || !check) return null;
    if ((type === "text" || type === "longtext") && check.max_length) {
      const length = Array.from(value).length; // code points, as Python counts
      if (length > check.max_length) return M.format(T.tooLong, { limit: check.max_length, length: length });
    }
    if (type === "number") {
      if (check.min !== undefined && value < check.min) return M.format(T.atLeast, { number: check.min_text });
      if (check.max !== undefined && value > check.max) return M.format(T.atMost, { number: check.max_text });
    }
    if (type === "duration" && check.max !== undefined && value > check.max) {
      return M.format(T.atMostMinutes, { number: check.max_text });
    }
    return null;
  }

  function constraintProblem(check, value, answers, complete) {
    if (!check || !check.constraint || !(complete || check.self_contained)) return null;
    return E.evaluate(check.constraint, answers, value) ? null : check.message;
  }

  /*
   * Every problem on the page, by field id. `page` gives:
   *   specs       the items (page_data.client_items)
   *   answers     the answers the server would keep (hidden ones pruned)
   *   hidden      Set of hidden item ids
   *   raw(name)   the text typed in a field
   *   rows(spec)  a repeat's rows: [{prefix, answers}] in page order, blank rows left out
   *   complete    whether the response is (being marked) complete
   */
  function problems(page) {
    const found = {};
    const add = (fieldId, message) => {
      if (message) (found[fieldId] = found[fieldId] || []).push(message);
    };
    page.specs.forEach((spec) => {
      if (page.hidden.has(spec.id)) return;
      const check = spec.check || {};
      const value = page.answers[spec.id];
      if (TYPED.has(spec.type)) {
        const typed = convert(spec.type, page.raw(spec.name), check);
        if (typed.error) return add(spec.field, typed.error);
      }
      if (spec.type === "repeat") {
        if (repeatProblems(spec, page, add)) return;
      }
      if (E.answered(value)) { // as on the server, only answers given are checked
        const limit = spec.type === "repeat" ? null : typeProblem(spec.type, value, check);
        if (limit) return add(spec.field, limit);
        add(spec.field, constraintProblem(check, value, page.answers, page.complete));
      }
      if (page.complete) requiredProblems(spec, value, page, add);
    });
    return found;
  }

  // Conversions and limits inside a repeat's rows; true when any row has one.
  function repeatProblems(spec, page, add) {
    let any = false;
    const check = spec.check || {};
    page.rows(spec).forEach((row) => {
      spec.items.forEach((sub) => {
        const name = row.prefix + sub.key;
        const typed = convert(sub.type, page.raw(name), sub.check);
        const message = typed.error || typeProblem(sub.type, row.answers[sub.id], sub.check);
        if (message) {
          add(name, message);
          any = true;
        }
      });
    });
    const count = page.rows(spec).length;
    if (!any && check.max_entries && count > check.max_entries) {
      add(spec.field, M.format(T.tooManyEntries, { limit: check.max_entries, filled: count }));
      any = true;
    }
    return any;
  }

  function requiredProblems(spec, value, page, add) {
    const check = spec.check || {};
    const everyRow = spec.type === "checklist" && check.every_row;
    if (check.required && !everyRow && !E.answered(value)) add(spec.field, T.required);
    if (spec.type === "checklist") checklistProblems(spec, value, add);
    if (spec.other && !page.hidden.has(spec.other.id) && !E.answered(page.answers[spec.other.id])) {
      add(spec.other.name, T.specifyOther);
    }
    if (spec.type !== "repeat") return;
    const rows = page.rows(spec);
    if (rows.length < (check.min_entries || 0)) add(spec.field, M.plural("tooFewEntries", check.min_entries));
    rows.forEach((row) => {
      const scope = Object.assign({}, page.answers, row.answers);
      spec.items.forEach((sub) => {
        const shown = !sub.check || !sub.check.show_if || E.evaluate(sub.check.show_if, scope, null);
        if (shown && sub.check && sub.check.required && !E.answered(row.answers[sub.id])) {
          add(row.prefix + sub.key, T.requiredInEntry);
        }
      });
    });
  }

  // Every row scored, "not observed" or left out with a reason (app/casebook/instruments/checklists.py).
  function checklistProblems(spec, value, add) {
    const check = spec.check || {};
    const rows = value && typeof value === "object" ? value : {};
    (spec.rows || []).forEach(([id, key]) => {
      const entry = rows[id] || {};
      const score = entry.score === undefined ? null : entry.score;
      const prefix = spec.name + "-" + key + "-";
      if (score === null && check.every_row) add(prefix + "score", check.unscored);
      else if (score === "left_out" && !String(entry.reason || "").trim()) {
        add(prefix + "reason", T.giveReason);
      }
    });
  }

  window.CasebookChecks = Object.freeze({ convert: convert, problems: problems });
})();
