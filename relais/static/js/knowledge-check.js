// Answers knowledge checks in place: the same GET the plain form makes, asking for JSON.
(function () {
  "use strict";
  function show(section, data) {
    var area = section.querySelector(".check-feedback");
    area.textContent = "";
    var verdict = document.createElement("p");
    if (!data.answered) {
      verdict.className = "feedback feedback-wrong";
      verdict.textContent = area.dataset.empty;
      area.appendChild(verdict);
      return;
    }
    verdict.className = "feedback " + (data.correct ? "feedback-right" : "feedback-wrong");
    verdict.textContent = (data.correct ? area.dataset.right : area.dataset.wrong) + (data.missed ? " " + area.dataset.missed : "");
    area.appendChild(verdict);
    var list = document.createElement("ul");
    list.className = "verdicts";
    data.chosen.forEach(function (option) {
      var input = section.querySelector('input[name="option"][value="' + option.index + '"]');
      var item = document.createElement("li");
      var label = document.createElement("strong");
      label.textContent = input ? input.parentNode.textContent.trim() : "";
      item.appendChild(label);
      if (option.feedback) item.appendChild(document.createTextNode(": " + option.feedback));
      list.appendChild(item);
    });
    area.appendChild(list);
  }
  document.querySelectorAll("[data-knowledge-check] form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var query = new URLSearchParams(new FormData(form)).toString();
      fetch(location.pathname + "?" + query, { headers: { Accept: "application/json" } })
        .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
        .then(function (data) { show(form.closest("[data-knowledge-check]"), data); })
        .catch(function () { form.submit(); });
    });
  });
})();
