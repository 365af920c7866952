/* Wagtail still writes a few initialisers as inline scripts: date and time pickers, choosers and
   inline panels (wagtail/wagtail#1288). relais/middleware.py turns each one into
   <script type="application/json" data-admin-init="name" data-args="[…]">, which no browser runs,
   so the admin's Content-Security-Policy needs no 'unsafe-inline' script. This file, loaded before
   the page's content, makes those calls as the elements are parsed or inserted (an inline panel's
   new form, a chooser's modal), each once, and only for the names below. */
(function () {
  "use strict";
  var CALLS = ["initDateChooser", "initTimeChooser", "initDateTimeChooser", "createTaskChooser"];
  var CONSTRUCTORS = [
    "InlinePanel",
    "MultipleChooserPanel",
    "Chooser",
    "ImageChooser",
    "DocumentChooser",
    "PageChooser",
    "SnippetChooser",
  ];
  var SELECTOR = 'script[type="application/json"][data-admin-init]';

  function run(element) {
    if (element.hasAttribute("data-admin-init-done")) return;
    element.setAttribute("data-admin-init-done", "");
    var name = element.getAttribute("data-admin-init");
    var target = window[name];
    var isCall = CALLS.indexOf(name) >= 0;
    if (!(isCall || CONSTRUCTORS.indexOf(name) >= 0) || typeof target !== "function") {
      console.error("admin-init: " + name + " is not a known initialiser");
      return;
    }
    var args = JSON.parse(element.getAttribute("data-args"));
    if (isCall) {
      target.apply(window, args);
    } else {
      new (Function.prototype.bind.apply(target, [null].concat(args)))();
    }
  }

  function scan(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches(SELECTOR)) run(node);
    node.querySelectorAll(SELECTOR).forEach(run);
  }

  new MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(scan);
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
  scan(document.documentElement);
})();
