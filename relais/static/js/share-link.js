// The multiplier's "Copy the link" buttons: shown only where this script runs (the link stays
// selectable by hand without it). No inline script: the site's Content-Security-Policy forbids it.
(function () {
  "use strict";
  function announce(button, text) {
    var status = document.getElementById(button.getAttribute("aria-describedby"));
    if (status) {
      status.textContent = "";
      window.setTimeout(function () { status.textContent = text; }, 50);
    }
  }
  function copyByHand(field) {
    field.focus();
    field.select();
    try {
      return document.execCommand("copy");
    } catch (error) {
      return false;
    }
  }
  document.querySelectorAll("button[data-copy-target]").forEach(function (button) {
    var field = document.getElementById(button.dataset.copyTarget);
    if (!field) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var done = function () { announce(button, button.dataset.copied); };
      var failed = function () {
        if (copyByHand(field)) done();
        else announce(button, button.dataset.failed);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(done, failed);
      } else {
        failed();
      }
    });
  });
})();
