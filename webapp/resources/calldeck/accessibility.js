// Mends two gaps in the markup of components CallDeck uses, which axe-core reports (AccessibilityIT):
// - Chart.js draws on a <canvas role="img"> without a text alternative: each gets one naming the chart (its card's
//   heading) and pointing to the table under it, which holds the same numbers.
// - PrimeFaces' multiple autocomplete renders its chosen tokens and its input as <li> in a <ul role="listbox">, which
//   may hold only options: the container is a list of tokens (role="list") named after the field's label.
(function () {
    function labelChart(canvas) {
        if (canvas.getAttribute("aria-label")) {
            return;
        }
        var card = canvas.closest("section");
        var heading = card ? card.querySelector("h2, h3") : null;
        var name = heading ? heading.textContent.replace(/\s+/g, " ").trim() : "Chart";
        canvas.setAttribute("aria-label", name + ". The table on this page holds the same numbers.");
    }
    function mendTokens(list) {
        if (list.getAttribute("role") !== "listbox") {
            return;
        }
        list.setAttribute("role", "list");
        list.removeAttribute("aria-orientation"); // a listbox's attribute, not a list's
        var field = list.closest(".ui-autocomplete");
        var label = field && field.id ? document.querySelector("label[for='" + field.id + "_input']") : null;
        list.setAttribute("aria-label", (label ? label.textContent.trim() : "Chosen") + ": chosen");
    }
    function mend(root) {
        if (!root.querySelectorAll) {
            return;
        }
        root.querySelectorAll("canvas").forEach(labelChart);
        root.querySelectorAll("ul.ui-autocomplete-multiple-container").forEach(mendTokens);
    }
    document.addEventListener("DOMContentLoaded", function () {
        mend(document);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                change.addedNodes.forEach(function (node) {
                    if (node.nodeName === "CANVAS") {
                        labelChart(node);
                    } else if (node.nodeType === 1) {
                        mend(node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
