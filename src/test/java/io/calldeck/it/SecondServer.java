package io.calldeck.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * A second CallDeck server for the integration tests, made from the test server's own files (its WAR, JDBC drivers
 * and configuration) under another name and other ports, with a sandbox of its own (600 calls of another seed: other ids), started and stopped
 * by the test with the environment each scenario needs: as an administrator would run another CallDeck.
 */
public final class SecondServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SecondServer.class.getName());
    /** Its HTTP port: the test server's plus one. */
    public static final int HTTP_PORT = Integer.getInteger("it.http.port", 19080) + 1;
    /** Its HTTPS port. */
    public static final int HTTPS_PORT = Integer.getInteger("it.https.port", 19443) + 1;
    /** Its base URL. */
    public static final String BASE = "http://localhost:" + HTTP_PORT;
    /** Its server name. */
    public static final String NAME = "calldeck-it-second";

    private final Path wlp = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"));
    private final String name;
    private final int httpPort;
    private final int httpsPort;
    private final Path dir;
    private final ItClient client;
    private boolean started;

    private SecondServer(String name, int portOffset) {
        this.name = name;
        this.httpPort = Integer.getInteger("it.http.port", 19080) + portOffset;
        this.httpsPort = Integer.getInteger("it.https.port", 19443) + portOffset;
        this.dir = wlp.resolve("usr/servers/" + name);
        this.client = new ItClient("http://localhost:" + httpPort);
    }

    /**
     * Makes the server from the test server's files: no data, logs or work area of its own yet.
     *
     * @return the server {@value #NAME} on {@link #HTTP_PORT}, not started
     */
    public static SecondServer create() {
        return create(NAME, 1);
    }

    /**
     * Makes another server from the test server's files, as {@link #create()} does.
     *
     * @param name       its server name
     * @param portOffset its ports are the test server's plus this
     * @return the server, not started
     */
    public static SecondServer create(String name, int portOffset) {
        SecondServer server = new SecondServer(name, portOffset);
        server.copy();
        return server;
    }

    private void copy() {
        Path source = wlp.resolve("usr/servers/calldeck-it");
        Set<String> skipped = Set.of("logs", "workarea", "data", "tranlog", "temp");
        try {
            if (Files.exists(dir)) {
                delete(dir);
            }
            Files.walkFileTree(source, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    Path relative = source.relativize(d);
                    if (relative.getNameCount() == 1 && skipped.contains(relative.toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Files.createDirectories(dir.resolve(relative.toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, dir.resolve(source.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
            // The optional configuration an administrator deploys with server.xml (sessions-database.xml).
            try (java.util.stream.Stream<Path> extra = Files.list(Path.of("liberty"))) {
                for (Path file : extra.filter(f -> f.getFileName().toString().startsWith("sessions-")).toList()) {
                    Files.copy(file, dir.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            // CallDeck's own code traced in full (trace.log), so that the search for leaked secrets reads it too.
            Files.writeString(dir.resolve("bootstrap.properties"), "http.port=" + httpPort + "\nhttps.port=" + httpsPort
                    + "\ncom.ibm.ws.logging.trace.specification=*=info:io.calldeck.*=all\n");
            String jvm = Files.readString(dir.resolve("jvm.options"))
                    .replace("localhost:" + Integer.getInteger("it.http.port", 19080), "localhost:" + httpPort)
                    .replaceAll("-Dcalldeck.sandbox.calls=\\d+", "-Dcalldeck.sandbox.calls=600")
                    // Passwords come from each start's environment (or are generated), not from the test server's.
                    .replaceAll("(?m)^-Dcalldeck\\.(admin|viewer)\\.password=.*$", "")
                    + "\n-Dcalldeck.sandbox.seed=7\n";
            Files.writeString(dir.resolve("jvm.options"), jvm);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make " + dir, e);
        }
    }

    private static void delete(Path path) throws IOException {
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /**
     * Sets a system property in its {@code jvm.options} for the starts that follow (a system property outranks the
     * environment in MicroProfile Config).
     *
     * @param name  the property, e.g. {@code calldeck.sync.initial-delay-seconds}
     * @param value its value
     */
    public void jvmOption(String name, String value) {
        Path options = dir.resolve("jvm.options");
        try {
            String kept = Files.readString(options).replaceAll("(?m)^-D" + java.util.regex.Pattern.quote(name) + "=.*$", "");
            Files.writeString(options, kept + "\n-D" + name + "=" + value + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the server as a client sees it */
    public ItClient client() {
        return client;
    }

    /** @return its base URL */
    public String base() {
        return "http://localhost:" + httpPort;
    }

    /** @return its server name */
    public String name() {
        return name;
    }

    /** @return the folder of its logs ({@code messages.log}, {@code trace.log}, {@code console.log}, FFDC) */
    public Path logs() {
        return dir.resolve("logs");
    }

    /** @return the folder its data (the H2 stores) lives in */
    public Path data() {
        return dir.resolve("data");
    }

    /**
     * Starts the server with these environment variables (MicroProfile Config reads them: {@code GONG_BASE_URL} is
     * {@code gong.base-url}) and waits until its application answers: readiness, and {@code /api/sync} signed in when
     * the environment sets {@code CALLDECK_ADMIN_PASSWORD} (without it the passwords are generated, and guessing
     * would only count failed sign-ins).
     *
     * @param environment variables for this start
     */
    public void start(Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (process.waitFor() != 0) {
                throw new AssertionError(name + " did not start (server start exit code " + process.exitValue() + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        started = true;
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                int status = client.send("GET", "/health/ready", null).statusCode();
                if (status == 200 || status == 503) {
                    String password = environment.get("CALLDECK_ADMIN_PASSWORD");
                    if (password != null) {
                        client.api("/api/sync", "admin", password);
                    }
                    return;
                }
            } catch (RuntimeException | AssertionError notYet) {
                LOG.fine(() -> name + " not ready yet: " + notYet);
            }
            ItServer.pause(Duration.ofSeconds(1));
        }
        throw new AssertionError(name + " did not answer within 3 minutes; see " + dir.resolve("logs/messages.log"));
    }

    /**
     * Kills the server's JVM at once ({@code kill -9}): no shutdown hook, no clean stop, as a crashed host.
     */
    public void kill() {
        try {
            Path pid = wlp.resolve("usr/servers/.pid/" + name + ".pid");
            long id = Long.parseLong(Files.readString(pid).trim());
            ProcessHandle.of(id).ifPresent(ProcessHandle::destroyForcibly);
            Instant deadline = Instant.now().plusSeconds(30);
            while (ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false) && Instant.now().isBefore(deadline)) {
                ItServer.pause(Duration.ofMillis(100));
            }
            Files.deleteIfExists(pid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started = false;
    }

    /** Stops the server (a clean stop, as an administrator's). */
    public void stop() {
        if (!started) {
            return;
        }
        try {
            Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        started = false;
    }

    /**
     * @return what the server logged ({@code messages.log})
     */
    public String messages() {
        try {
            return Files.readString(dir.resolve("logs/messages.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return what the server wrote to its standard output while started in the background ({@code console.log}) */
    public String console() {
        try {
            Path log = dir.resolve("logs/console.log");
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes its data (the stores), as a first start would find it; the server must be stopped. */
    public void deleteData() {
        try {
            if (Files.exists(data())) {
                delete(data());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
