// Tells CallDeck the browser's time zone, so that times are shown in the viewer's zone.
(function () {
    try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone) {
            document.cookie = "calldeck_tz=" + encodeURIComponent(zone) + "; path=/; max-age=31536000; SameSite=Lax";
        }
    } catch (e) {
        // No Intl support: CallDeck shows UTC.
    }
})();
