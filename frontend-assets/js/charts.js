// PVE Dash charts (docs/metrics.md, "Charts"): uPlot charts for [data-charts] groups and SVG sparklines for
// [data-sparkline]. Loaded deferred on every page; uPlot itself is fetched only when a page has a chart.
// No inline script or style attribute: uPlot sets element styles through the CSSOM, which the CSP allows.
(function () {
  "use strict";

  var self = document.currentScript;
  var SPANS = { "1h": 3600, "24h": 86400, "7d": 604800, "30d": 2592000, "1y": 31536000 };
  var REFRESH = { "1h": 30000 };          // the last hour moves; longer ranges refresh every 5 minutes
  var SLOW_REFRESH = 300000;
  var SPARK_TTL = 55000;
  var BIN = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

  // --- units: PVE's binary units, as the server's Formats bean writes them
  function binary(v) {
    var x = Math.abs(v), u = 0;
    while (x >= 1024 && u < BIN.length - 1) { x /= 1024; u++; }
    return u === 0 ? Math.round(v) + " B" : (v < 0 ? "-" : "") + x.toFixed(1) + " " + BIN[u];
  }
  var UNITS = {
    percent: function (v) { return (v * 100).toFixed(v < 0.1 ? 1 : 0) + " %"; },
    bytes: binary,
    rate: function (v) { return binary(v) + "/s"; }
  };
  function format(unit, v) { return v == null || isNaN(v) ? "—" : (UNITS[unit] || String)(v); }
  // axis steps at 1, 2, 5 × powers of 1024 so byte ticks read "512 MiB", "1.0 GiB", not "1.1 GiB"
  var BINARY_INCRS = [];
  [1, 1024, 1048576, 1073741824, 1099511627776].forEach(function (p) {
    [1, 2, 5, 10, 20, 50, 100, 200, 500].forEach(function (m) { BINARY_INCRS.push(m * p); });
  });

  function css(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  function words(el, name) { return (el.getAttribute(name) || "").split("|"); }

  // --- uPlot, loaded once, only when a chart needs it
  var uplotReady = null;
  function loadUplot() {
    if (uplotReady) { return uplotReady; }
    uplotReady = new Promise(function (resolve, reject) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = self.getAttribute("data-uplot-css");
      document.head.appendChild(link);
      var script = document.createElement("script");
      script.src = self.getAttribute("data-uplot");
      script.onload = function () { resolve(window.uPlot); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
    return uplotReady;
  }

  function fetchSeries(src, range) {
    return fetch(src + "?range=" + encodeURIComponent(range), {
      credentials: "same-origin", headers: { Accept: "application/json" }
    }).then(function (r) {
      var json = (r.headers.get("Content-Type") || "").indexOf("json") >= 0;
      if (!r.ok || !json) { throw new Error("metrics " + r.status); }
      return r.json();
    });
  }

  function column(points, field) {
    return points.map(function (p) { var v = p[field]; return v == null ? null : v; });
  }
  function hasValues(json, fields) {
    return json.points.some(function (p) { return fields.some(function (f) { return p[f] != null; }); });
  }

  // a value between two gaps has no line to sit on: draw it as a dot (and only those)
  function isolated(u, si) {
    var d = u.data[si], idxs = [];
    for (var i = 0; i < d.length; i++) {
      if (d[i] != null && d[i - 1] == null && d[i + 1] == null) { idxs.push(i); }
    }
    return idxs.length ? idxs : null;
  }

  // --- one chart: average lines, max as a dashed lighter line over a band on coarse ranges, a dashed reference
  function build(group, fig, json) {
    var fields = words(fig, "data-fields"), labels = words(fig, "data-labels");
    var ref = fig.getAttribute("data-ref"), unit = fig.getAttribute("data-unit");
    // the finest tier keeps max = average; a max is worth drawing only where a point stands for several samples
    var withMax = json.step > 60;
    var fmt = function (u, v) { return format(unit, v); };
    var data = [json.points.map(function (p) { return p.t; })];
    var series = [{ label: group.el.getAttribute("data-time-label"), value: function (u, t) {
      return t == null ? "—" : new Date(t * 1000).toLocaleString([], { dateStyle: "medium", timeStyle: "short" });
    } }];
    var bands = [];
    fields.forEach(function (f, i) {
      var n = i === 0 ? "1" : "2";
      data.push(column(json.points, f));
      series.push({ label: labels[i], stroke: css("--pd-chart-" + n), width: 2, value: fmt,
        points: { show: false, filter: isolated } });
      if (withMax && json.fields.indexOf(f + "_max") >= 0) {
        data.push(column(json.points, f + "_max"));
        series.push({ label: labels[i] + " " + group.el.getAttribute("data-max-word"), stroke: css("--pd-chart-" + n + "-max"),
          width: 1, dash: [4, 4], value: fmt, points: { show: false } });
        bands.push({ series: [series.length - 1, series.length - 2], fill: css("--pd-chart-" + n + "-band") });
      }
    });
    if (ref) {
      data.push(column(json.points, ref));
      series.push({ label: fig.getAttribute("data-ref-label"), stroke: css("--pd-chart-ref"), width: 1, dash: [2, 3],
        value: fmt, points: { show: false } });
    }
    // a refresh of the same shape only swaps the data: no flicker, the cursor stays where it is
    var old = fig.chart;
    if (old && !group.restyle && old.shape === series.length) {
      old.plot.setData(data);
      return old;
    }
    if (old) { old.plot.destroy(); }
    var axis = css("--pd-chart-axis"), grid = { stroke: css("--pd-chart-grid"), width: 1 };
    var plot = fig.querySelector(".chart-plot");
    plot.textContent = "";
    var opts = {
      width: Math.max(plot.clientWidth, 200), height: plot.clientWidth < 480 ? 140 : 170,
      series: series, bands: bands,
      scales: { x: { time: true, range: function () { return [group.from, group.to]; } },
        y: { range: function (u, min, max) { return [0, max > 0 ? max * 1.1 : (unit === "percent" ? 1 : 1024)]; } } },
      axes: [{ stroke: axis, grid: grid, ticks: grid },
        { stroke: axis, grid: grid, ticks: grid, size: axisSize, incrs: unit === "percent" ? undefined : BINARY_INCRS,
          values: function (u, splits) { return splits.map(function (v) { return format(unit, v); }); } }],
      cursor: { sync: { key: group.key }, drag: { x: false, y: false }, points: { size: 6 } },
      legend: { live: true }
    };
    return { plot: new window.uPlot(opts, data, plot), shape: series.length };
  }

  // the value axis is as wide as its longest label ("512.0 KiB/s" needs more room than "5 %")
  function axisSize(u, values, axisIdx, cycleNum) {
    var axis = u.axes[axisIdx];
    if (cycleNum > 1) { return axis._size; }
    var size = axis.ticks.size + axis.gap;
    if (values && values.length) {
      u.ctx.font = axis.font[0];
      var widest = Math.max.apply(null, values.map(function (v) { return u.ctx.measureText(v).width; }));
      size += Math.ceil(widest / devicePixelRatio);
    }
    return Math.max(size, 40);
  }

  // the last hour's text (min / avg / max per series) follows the refreshed data, worded as the server does
  function summarise(group, fig, json) {
    var unit = fig.getAttribute("data-unit"), labels = words(fig, "data-labels");
    var fmt = function (v) { return unit === "percent" ? (v * 100).toFixed(0) + " %" : format(unit, v); };
    var spans = fig.querySelectorAll(".chart-summary span");
    words(fig, "data-fields").forEach(function (f, i) {
      var avg = column(json.points, f).filter(function (v) { return v != null; });
      var max = column(json.points, f + "_max").filter(function (v) { return v != null; }).concat(avg);
      var text = avg.length === 0 ? group.el.getAttribute("data-summary-none")
        : group.el.getAttribute("data-summary").replace("{1}", fmt(Math.min.apply(null, avg)))
          .replace("{2}", fmt(avg.reduce(function (a, b) { return a + b; }, 0) / avg.length))
          .replace("{3}", fmt(Math.max.apply(null, max)));
      if (spans[i]) { spans[i].textContent = text.replace("{0}", labels[i]); }
    });
  }

  function draw(group, fig, json) {
    var fields = words(fig, "data-fields");
    if (json.range === "1h") { summarise(group, fig, json); }
    var plot = fig.querySelector(".chart-plot");
    fig.classList.toggle("chart-empty", !hasValues(json, fields));
    if (!hasValues(json, fields)) {
      if (fig.chart) { fig.chart.plot.destroy(); fig.chart = null; }
      plot.textContent = "";
      var p = document.createElement("p");
      p.className = "muted";
      p.textContent = group.el.getAttribute("data-empty");
      plot.appendChild(p);
      return;
    }
    fig.chart = build(group, fig, json);
  }

  function load(group) {
    var range = group.range;
    var srcs = {};
    group.figs.forEach(function (fig) { srcs[fig.getAttribute("data-src")] = null; });
    group.el.setAttribute("aria-busy", "true");
    return Promise.all([loadUplot()].concat(Object.keys(srcs).map(function (src) {
      return fetchSeries(src, range).then(function (json) { srcs[src] = json; });
    }))).then(function () {
      if (range !== group.range) { return; }   // a newer click won
      group.to = Math.floor(Date.now() / 1000);
      group.from = group.to - SPANS[range];
      group.figs.forEach(function (fig) { draw(group, fig, srcs[fig.getAttribute("data-src")]); });
      group.restyle = false;
      group.el.setAttribute("data-range", range);   // the text summary is the last hour's: CSS hides it on others
      group.loadedAt = Date.now();
      group.el.classList.add("charts-ready");
    }).catch(function (error) {
      console.error("PVE Dash charts: " + error);
      group.figs.forEach(function (fig) {
        var plot = fig.querySelector(".chart-plot");
        if (!fig.chart) { plot.textContent = group.el.getAttribute("data-failed"); }
      });
    }).finally(function () { group.el.removeAttribute("aria-busy"); });
  }

  var groups = [];
  var counter = 0;
  function setUp(el) {
    if (el.chartGroup) { return; }
    var group = { el: el, key: "pd-charts-" + (counter++), range: "1h", figs: Array.from(el.querySelectorAll("[data-chart]")) };
    el.chartGroup = group;
    groups.push(group);
    el.querySelectorAll("button[data-range]").forEach(function (button) {
      button.addEventListener("click", function () {
        group.range = button.getAttribute("data-range");
        el.querySelectorAll("button[data-range]").forEach(function (b) {
          b.setAttribute("aria-pressed", String(b === button));
        });
        load(group);
      });
    });
    var resize = new ResizeObserver(function () {
      group.figs.forEach(function (fig) {
        var plot = fig.querySelector(".chart-plot");
        if (fig.chart && plot.clientWidth > 0) {
          fig.chart.plot.setSize({ width: plot.clientWidth, height: plot.clientWidth < 480 ? 140 : 170 });
        }
      });
    });
    group.figs.forEach(function (fig) { resize.observe(fig.querySelector(".chart-plot")); });
    var closed = el.closest("details");
    if (closed && !closed.open) {   // a chart in a closed disclosure loads when it opens
      closed.addEventListener("toggle", function () { if (closed.open && !group.loadedAt) { load(group); } });
    } else {
      load(group);
    }
  }

  // auto-refresh, paused while the tab is hidden (like app.js's live regions)
  function refreshCharts() {
    if (document.hidden) { return; }
    groups = groups.filter(function (g) { return g.el.isConnected; });
    groups.forEach(function (g) {
      var every = REFRESH[g.range] || SLOW_REFRESH;
      if (g.loadedAt && Date.now() - g.loadedAt >= every - 1000) { load(g); }
    });
  }

  // --- sparklines: a tiny SVG of the last hour's CPU, no uPlot; a gap breaks the line
  var sparkCache = {};
  function sparkData(src) {
    var hit = sparkCache[src];
    if (hit && Date.now() - hit.at < SPARK_TTL) { return hit.promise; }
    var promise = fetchSeries(src, "1h");
    sparkCache[src] = { at: Date.now(), promise: promise };
    promise.catch(function () { delete sparkCache[src]; });
    return promise;
  }

  function sparkline(el) {
    var field = el.getAttribute("data-field") || "cpu";
    return sparkData(el.getAttribute("data-src")).then(function (json) {
      var to = Math.floor(Date.now() / 1000), from = to - 3600;
      var values = json.points.map(function (p) { return p[field]; }).filter(function (v) { return v != null; });
      var top = Math.max(0.05, Math.max.apply(null, values.concat([0])) * 1.1);
      var d = "", pen = "M";
      json.points.forEach(function (p) {
        var v = p[field];
        if (v == null) { pen = "M"; return; }
        var x = ((p.t - from) / 3600 * 100).toFixed(1), y = (23 - v / top * 22).toFixed(1);
        d += pen + x + " " + y + " ";
        pen = "L";
      });
      var ns = "http://www.w3.org/2000/svg";
      var svg = document.createElementNS(ns, "svg");
      svg.setAttribute("viewBox", "0 0 100 24");
      svg.setAttribute("preserveAspectRatio", "none");
      svg.setAttribute("aria-hidden", "true");
      var path = document.createElementNS(ns, "path");
      path.setAttribute("d", d.trim());
      path.setAttribute("vector-effect", "non-scaling-stroke");
      svg.appendChild(path);
      el.replaceChildren(svg);
      var label = el.getAttribute("data-label");
      el.setAttribute("aria-label", values.length === 0 ? label + ": " + el.getAttribute("data-empty")
        : label + ": " + el.getAttribute("data-now") + " " + format("percent", values[values.length - 1]) + ", "
          + el.getAttribute("data-max") + " " + format("percent", Math.max.apply(null, values)));
      el.sparkAt = Date.now();
    }).catch(function () { /* the text beside the sparkline still says the figure */ });
  }

  // a few at a time: the guests table can hold a hundred of them
  function sparklines(root, force) {
    var queue = Array.from(root.querySelectorAll("[data-sparkline]")).filter(function (el) {
      return force || !el.sparkAt;
    });
    function next() { var el = queue.shift(); return el ? sparkline(el).then(next) : Promise.resolve(); }
    for (var i = 0; i < 4; i++) { next(); }
  }

  function scan(root) {
    root.querySelectorAll("[data-charts]").forEach(setUp);
    sparklines(root, false);
  }

  function start() {
    scan(document);
    setInterval(refreshCharts, 5000);
    setInterval(function () { if (!document.hidden) { sparklines(document, true); } }, 60000);
    document.addEventListener("visibilitychange", refreshCharts);
    document.addEventListener("htmx:afterSettle", function (event) { scan(event.target); });
    // colours come from CSS custom properties that follow the OS theme: redraw when it flips
    window.matchMedia("(prefers-color-scheme: dark)").addEventListener("change", function () {
      groups.forEach(function (g) { if (g.loadedAt) { g.restyle = true; load(g); } });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
