/* Casebook's chart page in Datasette (/-/charts/<instrument>): each chart section names what
   it draws; this script fetches the release's own rows from Datasette's JSON API (same
   origin, following next_url page by page), counts them, draws the chart with Vega-Lite
   through vega-embed, and writes the same numbers as a table (the chart's text alternative).
   `ast: true` makes vega-embed evaluate Vega expressions with the interpreter its build
   carries (vega-interpreter) instead of `new Function`, so the page needs no unsafe-eval. */
(function () {
  "use strict";
  const root = document.getElementById("cb-charts");
  if (!root || typeof vegaEmbed !== "function") return;
  const MAX_PAGES = 200; // 200 pages of up to 1,000 rows
  const urls = JSON.parse(root.dataset.urls);
  const instrument = root.dataset.instrument;
  const EMBED = { mode: "vega-lite", renderer: "svg", actions: false, ast: true };

  async function rows(url, params) {
    const query = new URLSearchParams(params);
    query.set("_shape", "objects");
    query.set("_size", "max");
    let next = `${url}?${query}`;
    const out = [];
    for (let page = 0; next && page < MAX_PAGES; page += 1) {
      const response = await fetch(next, {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(`${response.status} from ${url}`);
      const body = await response.json();
      out.push(...body.rows);
      // same origin whatever host name Datasette was reached by (behind a proxy too)
      next = body.next_url && ((u) => u.pathname + u.search)(new URL(body.next_url, location.href));
    }
    if (next) throw new Error("too many rows to chart here: use Datasette's facets instead");
    return out;
  }

  let wavesOnce = null;
  function waves() {
    wavesOnce = wavesOnce || rows(urls.waves, [["_sort", "position"]]);
    return wavesOnce;
  }

  function byWave(allWaves, present) {
    const known = allWaves.filter((w) => present.has(w.wave));
    const extra = [...present].filter((w) => !allWaves.some((x) => x.wave === w));
    return known.map((w) => ({ id: w.wave, label: w.label || w.wave }))
      .concat(extra.map((w) => ({ id: w, label: w })));
  }

  /* Checklist scores by wave, one small chart per case (the mean where a case was
     observed more than once in a wave), one line per row of the checklist. */
  async function scores(section) {
    const [allWaves, data] = await Promise.all([
      waves(),
      rows(urls.checklist_scores, [
        ["instrument", instrument], ["checklist", section.dataset.id], ["score__notnull", "1"],
        ["_col", "case"], ["_col", "wave"], ["_col", "row"], ["_col", "row_label"],
        ["_col", "score"],
      ]),
    ]);
    const order = byWave(allWaves, new Set(data.map((r) => r.wave)));
    const label = Object.fromEntries(order.map((w) => [w.id, w.label]));
    const groups = new Map();
    const rowOrder = [];
    for (const r of data) {
      if (!rowOrder.includes(r.row_label)) rowOrder.push(r.row_label);
      const key = JSON.stringify([r.case, r.wave, r.row_label]);
      const group = groups.get(key) || { case: r.case, wave: label[r.wave], row: r.row_label, total: 0, n: 0 };
      group.total += Number(r.score);
      group.n += 1;
      groups.set(key, group);
    }
    const values = [...groups.values()].map((g) => ({
      case: g.case, wave: g.wave, row: g.row, score: Math.round((g.total / g.n) * 100) / 100, n: g.n,
    }));
    values.sort((a, b) => a.case.localeCompare(b.case)
      || order.findIndex((w) => w.label === a.wave) - order.findIndex((w) => w.label === b.wave)
      || rowOrder.indexOf(a.row) - rowOrder.indexOf(b.row));
    const spec = {
      description: `${section.dataset.label}: scores by wave for each case, one line per row.`,
      data: { values },
      facet: { field: "case", type: "nominal", title: "Case" },
      columns: 3,
      spec: {
        width: 150,
        height: 120,
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "wave", type: "ordinal", sort: order.map((w) => w.label), title: "Wave", axis: { labelAngle: 0 } },
          y: { field: "score", type: "quantitative", title: "Score" },
          color: { field: "row", type: "nominal", sort: rowOrder, title: "Row" },
          tooltip: [{ field: "case" }, { field: "wave" }, { field: "row" },
            { field: "score", type: "quantitative" }, { field: "n", title: "observations" }],
        },
      },
      config: { legend: { orient: "bottom", columns: 2, labelLimit: 320 } },
    };
    return { spec, columns: [["case", "Case"], ["wave", "Wave"], ["row", "Row"], ["score", "Score (mean)"], ["n", "Observations"]], values };
  }

  /* How many responses chose each code of one item, by wave; codes nobody chose count 0. */
  async function codes(section) {
    const item = section.dataset.id;
    const [allWaves, data, choices] = await Promise.all([
      waves(),
      rows(urls.codes, [["instrument", instrument], ["item", item],
        ["_col", "wave"], ["_col", "value"], ["_col", "label"]]),
      rows(urls.choices, [["instrument", instrument], ["item", item], ["_sort", "position"]]),
    ]);
    const order = byWave(allWaves, new Set(data.map((r) => r.wave)));
    const labels = [];
    const labelOf = new Map();
    for (const c of choices.concat(data)) {
      const text = c.label || String(c.value);
      if (!labelOf.has(String(c.value))) labelOf.set(String(c.value), text);
      if (!labels.includes(labelOf.get(String(c.value)))) labels.push(labelOf.get(String(c.value)));
    }
    const counts = new Map();
    for (const r of data) {
      const key = JSON.stringify([labelOf.get(String(r.value)), r.wave]);
      counts.set(key, (counts.get(key) || 0) + 1);
    }
    const values = [];
    for (const text of labels) {
      for (const w of order) {
        values.push({ code: text, wave: w.label, count: counts.get(JSON.stringify([text, w.id])) || 0 });
      }
    }
    const spec = {
      description: `${section.dataset.label}: how many responses chose each code, by wave.`,
      data: { values },
      width: 300,
      height: Math.max(60, labels.length * order.length * 16),
      mark: "bar",
      encoding: {
        y: { field: "code", type: "nominal", sort: labels, title: null, axis: { labelLimit: 280 } },
        yOffset: { field: "wave", sort: order.map((w) => w.label) },
        x: { field: "count", type: "quantitative", title: "Responses", axis: { tickMinStep: 1, format: "d" } },
        color: { field: "wave", type: "nominal", sort: order.map((w) => w.label), title: "Wave" },
        tooltip: [{ field: "code" }, { field: "wave" }, { field: "count", type: "quantitative" }],
      },
      config: { legend: { orient: "bottom" } },
    };
    return { spec, columns: [["code", "Code"], ["wave", "Wave"], ["count", "Responses"]], values };
  }

  /* Agreement between observers or coders (the release's `agreement` table): one bar per
     item or checklist row, its coefficient, with Krippendorff's thresholds 0.667 and 0.8. */
  const LABELS = ["row_label", "item_label", "label", "row", "item"];
  const COEFFICIENTS = ["alpha", "krippendorff_alpha", "kappa", "cohen_kappa", "percent_agreement"];
  async function agreement() {
    const params = urls.agreement_has_instrument ? [["instrument", instrument]] : [];
    const data = await rows(urls.agreement, params);
    const columns = data.length ? Object.keys(data[0]) : [];
    const labelColumn = LABELS.find((c) => columns.includes(c));
    const coefficient = COEFFICIENTS.find((c) => columns.includes(c) && data.some((r) => r[c] !== null));
    if (!labelColumn || !coefficient) throw new Error("the agreement table has no item and coefficient to draw");
    const wave = columns.includes("wave") ? "wave" : null;
    const values = data.filter((r) => r[coefficient] !== null).map((r) => ({
      item: String(r[labelColumn]), wave: wave ? String(r[wave] ?? "all") : "all", value: Number(r[coefficient]),
    }));
    const spec = {
      description: `Agreement (${coefficient}) for each item, with the thresholds 0.667 and 0.8.`,
      data: { values },
      width: 300,
      layer: [
        {
          mark: "bar",
          encoding: {
            y: { field: "item", type: "nominal", title: null, axis: { labelLimit: 280 } },
            yOffset: { field: "wave" },
            x: { field: "value", type: "quantitative", title: coefficient, scale: { domain: [Math.min(0, ...values.map((v) => v.value)), 1] } },
            color: { field: "wave", type: "nominal", title: "Wave" },
            tooltip: [{ field: "item" }, { field: "wave" }, { field: "value", type: "quantitative", format: ".3f" }],
          },
        },
        { data: { values: [{ x: 0.667 }, { x: 0.8 }] }, mark: { type: "rule", strokeDash: [4, 3] }, encoding: { x: { field: "x", type: "quantitative" } } },
      ],
      config: { legend: { orient: "bottom" } },
    };
    return { spec, columns: columns.map((c) => [c, c]), values: data };
  }

  function table(section, columns, values) {
    const holder = section.querySelector(".cb-chart-table");
    const element = document.createElement("table");
    const caption = document.createElement("caption");
    caption.textContent = section.dataset.label;
    element.appendChild(caption);
    const head = element.createTHead().insertRow();
    for (const [, title] of columns) {
      const th = document.createElement("th");
      th.scope = "col";
      th.textContent = title;
      head.appendChild(th);
    }
    const body = element.createTBody();
    for (const value of values) {
      const tr = body.insertRow();
      for (const [key] of columns) tr.insertCell().textContent = value[key] ?? "";
    }
    holder.replaceChildren(element);
  }

  const DRAW = { scores, codes, agreement };
  async function draw(section) {
    const status = section.querySelector(".cb-chart-status");
    try {
      const { spec, columns, values } = await DRAW[section.dataset.chart](section);
      table(section, columns, values);
      const figure = section.querySelector(".cb-chart-figure");
      await vegaEmbed(figure, spec, EMBED);
      figure.setAttribute("role", "img"); // one picture, described; its numbers are below
      figure.setAttribute("aria-label", spec.description);
      section.dataset.state = "drawn";
      status.textContent = "";
    } catch (error) {
      section.dataset.state = "failed";
      status.textContent = `This chart could not be drawn: ${error.message}`;
      console.error("chart", section.dataset.chart, section.dataset.id, error);
    }
  }

  document.querySelectorAll("[data-chart]").forEach(draw);
})();
