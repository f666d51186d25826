/*
 * Casebook expressions: evaluates the JSON trees that app/casebook/instruments/expressions.py parses
 * from `show_if` / `constraint` text. It never parses text itself. Every function here has a
 * twin of the same name in the Python module and must behave exactly like it; both are tested
 * against tests/expression_cases.json (the browser side by tests/test_expressions_browser.py).
 *
 * Plain ES2017, no build step, no dependencies. Defines:
 *   window.CasebookExpressions.evaluate(tree, answers, selfValue) -> boolean
 *   window.CasebookExpressions.answered(value) -> boolean
 */
(function () {
  "use strict";

  // Exactly the characters the Python side treats as blank (JavaScript's \s, spelled out).
  const BLANK = /^[ \t\n\r\x0b\x0c\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*$/;

  function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  // null, boolean, number, string, list, object or other; undefined counts as null.
  function kind(value) {
    if (value === null || value === undefined) return "null";
    if (typeof value === "boolean") return "boolean";
    if (typeof value === "number") return "number";
    if (typeof value === "string") return "string";
    if (Array.isArray(value)) return "list";
    return typeof value === "object" ? "object" : "other";
  }

  // The value at a path of object keys; null when anything along the way is missing or no
  // object. Only own keys count, so "constructor" or "length" never leak in.
  function lookup(answers, path) {
    let value = answers;
    for (const part of path) {
      if (kind(value) !== "object" || !hasOwn(value, part)) return null;
      value = value[part];
    }
    return value === undefined ? null : value;
  }

  // False for null, blank text, [] and objects with nothing answered; true otherwise.
  function answered(value) {
    const what = kind(value);
    if (what === "null") return false;
    if (what === "string") return !BLANK.test(value);
    if (what === "list") return value.length > 0;
    if (what === "object") return Object.keys(value).some((key) => answered(value[key]));
    return true;
  }

  // Same kind and equal within it: 1 == 1.0, but true != 1 and null == null.
  function equal(left, right) {
    const what = kind(left);
    if (what !== kind(right) || what === "other") return false;
    if (what === "null") return true;
    if (what === "list") {
      return left.length === right.length && left.every((item, i) => equal(item, right[i]));
    }
    if (what === "object") {
      const keys = Object.keys(left);
      return (
        keys.length === Object.keys(right).length &&
        keys.every((key) => hasOwn(right, key) && equal(left[key], right[key]))
      );
    }
    return left === right;
  }

  // -1, 0 or 1 comparing by Unicode code point, as Python does (JavaScript's own < compares
  // UTF-16 code units, which puts "\u{1F600}" before "\uFF5E").
  function compareCodePoints(left, right) {
    let i = 0;
    while (i < left.length && i < right.length) {
      const a = left.codePointAt(i);
      const b = right.codePointAt(i);
      if (a !== b) return a < b ? -1 : 1;
      i += a > 0xffff ? 2 : 1;
    }
    return Math.sign(left.length - right.length);
  }

  const ORDERINGS = {
    "<": (a, b) => a < b,
    "<=": (a, b) => a <= b,
    ">": (a, b) => a > b,
    ">=": (a, b) => a >= b,
  };

  // Two numbers or two strings (by code point) in the given order; anything else is false.
  function ordered(op, left, right) {
    const what = kind(left);
    if (what !== kind(right) || (what !== "number" && what !== "string")) return false;
    if (what === "string") return ORDERINGS[op](compareCodePoints(left, right), 0);
    return ORDERINGS[op](left, right);
  }

  // Whether haystack is a list holding something equal to needle.
  function member(needle, haystack) {
    return kind(haystack) === "list" && haystack.some((item) => equal(needle, item));
  }

  // A list containing the literal, or a single value equal to it.
  function has(value, literal) {
    return kind(value) === "list" ? member(literal, value) : equal(value, literal);
  }

  // The length of a list, 0 when unanswered, otherwise 1.
  function count(value) {
    if (kind(value) === "list") return value.length;
    return answered(value) ? 1 : 0;
  }

  // A boolean is itself; anything else is true when answered and not the number 0.
  function truthy(value) {
    if (kind(value) === "boolean") return value;
    return answered(value) && !(kind(value) === "number" && value === 0);
  }

  const CALLS = { answered: answered, count: count, has: has };

  // The value of one tree node (not yet reduced to true/false).
  function compute(node, answers, selfValue) {
    const op = node.op;
    const sub = (child) => compute(child, answers, selfValue);
    if (op === "lit") return node.value;
    if (op === "ref") return lookup(answers, node.path);
    if (op === "self") return selfValue === undefined ? null : selfValue;
    if (op === "not") return !truthy(sub(node.arg));
    if (op === "and") return node.args.every((arg) => truthy(sub(arg)));
    if (op === "or") return node.args.some((arg) => truthy(sub(arg)));
    if (op === "call" && hasOwn(CALLS, node.fn)) return CALLS[node.fn](...node.args.map(sub));
    if (op === "==" || op === "!=") return equal(sub(node.left), sub(node.right)) === (op === "==");
    if (hasOwn(ORDERINGS, op)) return ordered(op, sub(node.left), sub(node.right));
    if (op === "in") return member(sub(node.left), sub(node.right));
    throw new Error("malformed expression tree: unknown op " + JSON.stringify(op));
  }

  // Whether the expression holds for these answers; selfValue is what `.` stands for.
  function evaluate(tree, answers, selfValue) {
    return truthy(compute(tree, answers, selfValue));
  }

  window.CasebookExpressions = Object.freeze({ evaluate: evaluate, answered: answered });
})();
