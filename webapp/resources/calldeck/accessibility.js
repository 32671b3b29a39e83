// Gives every chart canvas a text alternative: Chart.js draws on a <canvas role="img"> without one. The label names
// the chart (its card's heading) and points to the table under it, which holds the same numbers.
(function () {
    function label(canvas) {
        if (canvas.getAttribute("aria-label")) {
            return;
        }
        var card = canvas.closest("section");
        var heading = card ? card.querySelector("h2, h3") : null;
        var name = heading ? heading.textContent.replace(/\s+/g, " ").trim() : "Chart";
        canvas.setAttribute("aria-label", name + ". The table on this page holds the same numbers.");
    }
    function labelAll(root) {
        (root.querySelectorAll ? root.querySelectorAll("canvas") : []).forEach(label);
    }
    document.addEventListener("DOMContentLoaded", function () {
        labelAll(document);
        new MutationObserver(function (changes) {
            changes.forEach(function (change) {
                change.addedNodes.forEach(function (node) {
                    if (node.nodeName === "CANVAS") {
                        label(node);
                    } else if (node.nodeType === 1) {
                        labelAll(node);
                    }
                });
            });
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
