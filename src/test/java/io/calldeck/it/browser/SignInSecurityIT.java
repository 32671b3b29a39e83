package io.calldeck.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.calldeck.it.ItClient;
import io.calldeck.it.ItServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The sign-in holds up to what a penetration test tries: guessing is throttled per user name and per client, an
 * unknown name costs what a wrong password costs, the session cookie is {@code Secure} over HTTPS and the session id
 * changes at sign-in, {@code next} cannot send the browser elsewhere, and the sandbox's admin endpoints refuse
 * cross-site requests. Each client here has an address of its own, forwarded by the loopback proxy Liberty trusts
 * ({@code X-Forwarded-For}), so that the address limit of one test does not touch another.
 */
class SignInSecurityIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @RegisterExtension
    final BrowserExtension browsers = new BrowserExtension(ItServer.BASE);

    @BeforeAll
    static void synced() {
        ItServer.awaitFirstSync();
    }

    /** @return a client address no other request used */
    private static String newClient() {
        int n = CLIENTS.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private static HttpResponse<String> api(String user, String password, String client) {
        return ItServer.send("GET", "/api/sync", null, "Authorization", ItClient.basic(user, password),
                "X-Forwarded-For", client);
    }

    @Test
    void elevenWrongPasswordsLockAdminOnTheApiAndThePageUntilTheLockEnds() {
        String client = newClient();
        try {
            lockAdminThenWaitItOut(client);
        } finally {
            // Whatever happened, admin must not stay locked for the tests that follow.
            for (int i = 0; i < 70 && api("admin", ItServer.ADMIN_PASSWORD, newClient()).statusCode() == 429; i++) {
                ItServer.pause(Duration.ofSeconds(1));
            }
        }
    }

    private void lockAdminThenWaitItOut(String client) {
        for (int i = 1; i <= 10; i++) {
            assertThat(api("admin", "wrong-" + i, client).statusCode()).as("wrong password %d", i).isEqualTo(401);
        }
        HttpResponse<String> eleventh = api("admin", "wrong-11", client);
        assertThat(eleventh.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(eleventh.headers().firstValue("Retry-After").orElseThrow());
        long lock = Long.parseLong(System.getProperty("it.sign-in.lock-seconds", "60"));
        assertThat(retryAfter).as("the test server's calldeck.auth.throttle.lock-seconds").isBetween(lock - 2, lock);
        assertThat(eleventh.body()).contains("Too many failed sign-ins");
        assertThat(api("admin", ItServer.ADMIN_PASSWORD, newClient()).statusCode())
                .as("the right password, while the name is locked: not even checked").isEqualTo(429);

        Browser browser = browsers.get();
        browser.go("/login");
        browser.driver().findElement(By.id("username")).sendKeys("admin");
        browser.driver().findElement(By.id("password")).sendKeys(ItServer.ADMIN_PASSWORD);
        browser.driver().findElement(By.id("signIn")).click();
        browser.waitUntil(d -> !d.findElements(By.id("messages")).isEmpty());
        assertThat(browser.driver().findElement(By.id("messages")).getText())
                .contains("Too many failed sign-ins").containsPattern("Try again in \\d+ seconds");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
        browser.screenshot("sign-in-locked");

        ItServer.pause(Duration.ofSeconds(retryAfter + 1));
        assertThat(api("admin", ItServer.ADMIN_PASSWORD, client).statusCode()).as("after the minute").isEqualTo(200);
        browser.signIn("admin", ItServer.ADMIN_PASSWORD);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/calls");
    }

    @Test
    void aBurstOfFiftyNamesFromOneClientIsStoppedByTheAddressLimit() {
        String client = newClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            statuses.add(api("nobody-" + i, "guess", client).statusCode());
        }
        assertThat(statuses.subList(0, 30)).containsOnly(401);
        assertThat(statuses.subList(30, 50)).as("after 30 failures from one client").containsOnly(429);
        assertThat(api("nobody-0", "guess", newClient()).statusCode()).as("another client").isEqualTo(401);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    @Test
    void anUnknownUserNameCostsWhatAWrongPasswordCosts() {
        for (int i = 0; i < 4; i++) { // warm both paths up
            api("unknown-warm-" + i, "guess", newClient());
            api("viewer", "wrong-warm", newClient());
        }
        api("viewer", ItServer.VIEWER_PASSWORD, newClient());
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            assertThat(api("unknown-" + System.nanoTime(), "guess", newClient()).statusCode()).isEqualTo(401);
            unknown.add(System.nanoTime() - start);
            start = System.nanoTime();
            assertThat(api("viewer", "wrong-" + i, newClient()).statusCode()).isEqualTo(401);
            wrong.add(System.nanoTime() - start);
            if (i % 5 == 4) {
                // a sign-in that works clears the viewer's failures, so that the name is never locked here
                assertThat(api("viewer", ItServer.VIEWER_PASSWORD, newClient()).statusCode()).isEqualTo(200);
            }
        }
        long medianUnknown = median(unknown);
        long medianWrong = median(wrong);
        System.out.println("Sign-in medians: unknown user " + medianUnknown / 1_000_000 + " ms, wrong password "
                + medianWrong / 1_000_000 + " ms");
        assertThat(Math.abs(medianUnknown - medianWrong)).as("unknown %d ns vs wrong %d ns", medianUnknown, medianWrong)
                .isLessThan(Math.max(medianUnknown, medianWrong) / 5);
        assertThat(medianUnknown).as("an unknown name is hashed too (PBKDF2 takes tens of ms)")
                .isGreaterThan(Duration.ofMillis(20).toNanos());
    }

    /**
     * A client that follows no redirect and trusts the test server's own certificate. It keeps no cookies itself:
     * {@link #formSignIn} sends back what the sign-in page set, as a browser would, also where the scheme it sees
     * (plain HTTP to the trusted proxy) is not the one the server sees.
     */
    private static HttpClient client() throws Exception {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(tls).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static String sessionId(HttpResponse<?> response) {
        return sessionCookie(response).map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).orElse(null);
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .reduce((a, b) -> b);
    }

    /** Signs in through the form; returns the GET's and the POST's answers. */
    private static List<HttpResponse<String>> formSignIn(HttpClient http, String base, String... headers)
            throws Exception {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(base + "/login"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            get.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> page = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(page.body());
        assertThat(viewState.find()).isTrue();
        String form = "login_SUBMIT=1&username=viewer&password=" + URLEncoder.encode(ItServer.VIEWER_PASSWORD,
                StandardCharsets.UTF_8) + "&signIn=signIn&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList());
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            post.header(headers[i], headers[i + 1]);
        }
        return List.of(page, http.send(post.build(), HttpResponse.BodyHandlers.ofString()));
    }

    @Test
    void overHttpsTheSessionCookieIsSecureAndTheSessionIdChangesAtSignIn() throws Exception {
        String https = "https://localhost:" + Integer.getInteger("it.https.port", 19443);
        for (List<String> viaProxy : List.of(List.<String>of(),
                List.of("X-Forwarded-For", newClient(), "X-Forwarded-Proto", "https"))) {
            String base = viaProxy.isEmpty() ? https : ItServer.BASE;
            List<HttpResponse<String>> exchange = formSignIn(client(), base, viaProxy.toArray(String[]::new));
            HttpResponse<String> signedIn = exchange.get(1);
            assertThat(signedIn.statusCode()).as("redirected after sign-in via %s %s", base, viaProxy).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/calls"));
            assertThat(sessionCookie(signedIn)).as("a new session cookie at sign-in").hasValueSatisfying(c -> assertThat(c)
                    .contains("; Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
            assertThat(signedIn.headers().allValues("Set-Cookie")).as("every cookie").allMatch(c -> c.contains("; Secure"));
            assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).as("HSTS via %s %s", base, viaProxy)
                    .contains("max-age=31536000");
            String before = sessionId(exchange.get(0));
            assertThat(before).as("a session before sign-in").isNotNull();
            assertThat(sessionId(signedIn)).as("session fixation: the id changes").isNotNull().isNotEqualTo(before);
        }
        List<HttpResponse<String>> plain = formSignIn(client(), ItServer.BASE);
        assertThat(plain.get(1).statusCode()).as("signed in over plain HTTP on localhost").isEqualTo(302);
        assertThat(plain.get(1).headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(plain.get(0).body()).as("localhost keeps Secure cookies: no warning").doesNotContain("cookieRefused");
    }

    @Test
    void overPlainHttpUnderAnotherHostNameTheSignInPageSaysTheSessionCannotLast() throws Exception {
        java.util.Optional<String> address = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
                .stream().filter(i -> { try { return i.isUp() && !i.isLoopback(); } catch (java.net.SocketException e) {
                    return false; } })
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address).map(java.net.InetAddress::getHostAddress).findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(address.isPresent(), "a network address other than loopback");
        HttpResponse<String> page = client().send(HttpRequest.newBuilder(URI.create("http://" + address.get() + ":"
                + Integer.getInteger("it.http.port", 19080) + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains("id=\"cookieRefused\"", "CALLDECK_SESSION_COOKIE_SECURE=false");
    }

    @Test
    void nextCannotSendTheBrowserAwayFromCallDeck() {
        Browser browser = browsers.get();
        for (String next : List.of("//evil.example", "/\\evil.example", "/%2F%2Fevil.example", "https://evil.example",
                "/\t/evil.example")) {
            browser.driver().manage().deleteAllCookies();
            browser.go("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            browser.driver().findElement(By.id("username")).sendKeys("viewer");
            browser.driver().findElement(By.id("password")).sendKeys(ItServer.VIEWER_PASSWORD);
            browser.driver().findElement(By.id("signIn")).click();
            browser.waitUntil(d -> !d.getCurrentUrl().contains("/login"));
            assertThat(browser.driver().getCurrentUrl()).as("next=%s", next).isEqualTo(ItServer.BASE + "/calls");
        }
    }

    @Test
    void aCrossSiteChangeOfTheSandboxIsRefusedAndChangesNothing() {
        String before = ItServer.admin("GET", "/sandbox/admin/faults", null).body();
        String faults = "{\"serverErrorRate\":1,\"rateLimitRate\":0,\"retryAfterMinSeconds\":1,"
                + "\"retryAfterMaxSeconds\":2,\"latencyMillis\":0,\"dropRate\":0,\"truncateRate\":0,"
                + "\"cursorExpiryAfterPages\":0}";
        HttpResponse<String> forged = ItServer.send("PUT", "/sandbox/admin/faults", faults, "Authorization",
                ItClient.basic("admin", ItServer.ADMIN_PASSWORD), "Origin", "https://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> foreignOrigin = ItServer.send("PUT", "/sandbox/admin/faults", faults, "Authorization",
                ItClient.basic("admin", ItServer.ADMIN_PASSWORD), "Origin", "https://evil.example",
                "X-Requested-By", "evil");
        assertThat(foreignOrigin.statusCode()).as("the header, but another origin").isEqualTo(403);
        HttpResponse<String> form = ItServer.send("POST", "/sandbox/admin/limits/reset", "a=b", "Authorization",
                ItClient.basic("admin", ItServer.ADMIN_PASSWORD), "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).as("a form post").isEqualTo(403);
        assertThat(ItServer.admin("GET", "/sandbox/admin/faults", null).body()).isEqualTo(before);
    }
}
