// Mijn programma: progressive enhancement of the add/remove links (stad/events/my_programme.py).
// Without this script every control is a link to the programme page with the new selection in
// its address. With it, the selection is also kept in this browser (localStorage, never sent
// to the server by itself), the controls toggle in place and say so to screen readers, and
// links to the programme page carry the kept selection.
(function () {
    "use strict";

    var STORE_PREFIX = "my-programme:";

    // One selection per programme page: the ids of dates differ between the two languages.
    function storeKey(programmeUrl) { return STORE_PREFIX + programmeUrl; }

    function parse(text) {
        var ids = [];
        (text || "").split(",").forEach(function (part) {
            if (/^\d{1,10}$/.test(part) && ids.indexOf(part) === -1) ids.push(part);
        });
        return ids; // more than the page reads (200) is said there, as without script
    }

    function load(programmeUrl) {
        try {
            return parse(window.localStorage.getItem(storeKey(programmeUrl)));
        } catch (error) {
            return null; // storage switched off: the links keep working as without script
        }
    }

    function save(programmeUrl, ids) {
        try {
            if (ids.length) window.localStorage.setItem(storeKey(programmeUrl), ids.join(","));
            else window.localStorage.removeItem(storeKey(programmeUrl));
            return true;
        } catch (error) {
            return false;
        }
    }

    function address(programmeUrl, ids) {
        return ids.length ? programmeUrl + "?d=" + ids.join(",") : programmeUrl;
    }

    var live = document.querySelector("[data-programme-live]");

    // ``what``: "added" or "removed", the message of that name in the live region's data.
    function announce(what, title) {
        if (!live) return;
        // Emptied first, so saying the same twice is still heard.
        live.textContent = "";
        window.setTimeout(function () { live.textContent = live.dataset[what] + title; }, 50);
    }

    function refreshLinks() {
        document.querySelectorAll("a[data-programme-link]").forEach(function (link) {
            var ids = load(link.dataset.programmeUrl);
            if (ids) link.href = address(link.dataset.programmeUrl, ids);
        });
    }

    function showToggle(button, chosen) {
        var text = button.querySelector(".programme-toggle__text");
        text.textContent = chosen ? text.dataset.labelRemove : text.dataset.labelAdd;
        button.classList.toggle("programme-toggle--chosen", chosen);
    }

    // Each add/remove link becomes a button that changes the kept selection in place.
    function enhanceToggle(link) {
        var programmeUrl = link.dataset.programmeUrl;
        var id = link.dataset.programmeToggle;
        if (load(programmeUrl) === null) return;
        var button = document.createElement("button");
        button.type = "button";
        button.className = link.className;
        button.dataset.programmeToggle = id;
        while (link.firstChild) button.appendChild(link.firstChild);
        link.replaceWith(button);
        showToggle(button, load(programmeUrl).indexOf(id) !== -1);
        button.addEventListener("click", function () {
            var ids = load(programmeUrl) || [];
            var chosen = ids.indexOf(id) !== -1;
            ids = chosen ? ids.filter(function (item) { return item !== id; }) : ids.concat([id]);
            if (!save(programmeUrl, ids)) return;
            showToggle(button, !chosen);
            var title = button.querySelector("[data-programme-title]");
            announce(chosen ? "removed" : "added", title ? title.textContent : "");
            refreshLinks();
        });
    }

    // The programme page: its address is the selection. A browser with nothing kept yet (a
    // shared link opened elsewhere, or dates chosen without script) keeps it; removing a date
    // here removes it from what is kept too. A programme kept already is never overwritten by
    // someone else's link, and an address without any selection shows the kept one.
    function enhanceProgrammePage(page) {
        var programmeUrl = page.dataset.programmeUrl;
        var shown = parse(page.dataset.programmeSelection);
        var kept = load(programmeUrl);
        if (kept !== null && kept.length === 0 && shown.length) save(programmeUrl, shown);
        // Reached without a selection (a bookmark, a typed address): show the kept one.
        if (kept && kept.length && !/[?&]d=/.test(window.location.search)) {
            window.location.replace(address(programmeUrl, kept));
            return;
        }
        page.querySelectorAll("a[data-programme-remove]").forEach(function (link) {
            link.addEventListener("click", function () {
                var ids = load(programmeUrl);
                if (ids) save(programmeUrl, ids.filter(function (item) { return item !== link.dataset.programmeRemove; }));
            });
        });
        var print = page.querySelector("[data-programme-print]");
        if (print) {
            print.hidden = false;
            print.querySelector("button").addEventListener("click", function () { window.print(); });
        }
        var subscribe = page.querySelector("a[data-programme-subscribe]");
        if (subscribe) subscribe.href = subscribe.href.replace(/^https?:/, "webcal:");
    }

    var programmePage = document.querySelector("[data-programme-page]");
    if (programmePage) enhanceProgrammePage(programmePage);
    document.querySelectorAll("a[data-programme-toggle]").forEach(enhanceToggle);
    refreshLinks();
})();
