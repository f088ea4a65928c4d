// Title suggestions under the search box, filled in while the visitor types. Progressive
// enhancement: without this script the form works the same, only without suggestions. The
// browser's own <datalist> shows them, so keyboard and screen-reader use come built in.
(function () {
    "use strict";
    var input = document.querySelector("input[data-suggest-url]");
    if (!input || !window.fetch) return;
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var latest = "";

    function show(suggestions) {
        list.textContent = "";
        suggestions.forEach(function (item) {
            var option = document.createElement("option");
            option.value = item.title; // textContent-safe: never parsed as markup
            list.appendChild(option);
        });
    }

    input.addEventListener("input", function () {
        var query = input.value.trim();
        window.clearTimeout(timer);
        if (query.length < 2) { show([]); return; }
        timer = window.setTimeout(function () {
            latest = query;
            var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
            fetch(url, { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                .then(function (data) { if (query === latest) show(data.suggestions || []); })
                .catch(function () { show([]); });
        }, 200);
    });
})();
