// PVE Dash: the only script besides htmx. Loaded from our origin, so the CSP needs no 'unsafe-inline'.
(function () {
  "use strict";

  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }

  // Every htmx request carries the CSRF token as a header, read from the layout's meta tags.
  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("csrf-header");
    var token = meta("csrf-token");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });

  // Live regions (data-live) poll only while the tab is visible, and never steal focus or scroll.
  document.addEventListener("htmx:beforeRequest", function (event) {
    if (document.hidden && event.detail.elt && event.detail.elt.hasAttribute("data-live")) {
      event.preventDefault();
    }
  });

  // Transport failures (server down, network gone, timeout) get the same alert region as server errors.
  function showNetworkAlert() {
    var template = document.getElementById("alert-network");
    var alerts = document.getElementById("alerts");
    if (template && alerts && !alerts.querySelector("[data-network-alert]")) {
      var node = template.content.firstElementChild.cloneNode(true);
      node.setAttribute("data-network-alert", "");
      alerts.prepend(node);
    }
  }
  document.addEventListener("htmx:sendError", showNetworkAlert);
  document.addEventListener("htmx:timeout", showNetworkAlert);
  document.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) {
      var stale = document.querySelector("[data-network-alert]");
      if (stale) { stale.remove(); }
    }
  });

  // Times are stored and sent in UTC; show them in the browser's local time, keep UTC on hover.
  function localizeTimes(root) {
    root.querySelectorAll("time.local-time[datetime]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      if (!isNaN(date)) {
        el.title = el.textContent;
        el.textContent = date.toLocaleString();
      }
    });
  }
  document.addEventListener("DOMContentLoaded", function () { localizeTimes(document); });
  document.addEventListener("htmx:afterSettle", function (event) { localizeTimes(event.target); });
})();
