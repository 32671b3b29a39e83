package io.calldeck.connector;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where Gong's documentation lives at test time: {@code ../shared/gong-docs} beside the project (override with
 * the system property {@code gong.docs.dir}). Tests that need it are skipped, with a message, when it is absent;
 * its files are never copied into the repository.
 */
public final class GongDocs {

    private GongDocs() {
    }

    /** @return the gong-docs folder; skips the calling test when it is absent */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("gong.docs.dir", "../shared/gong-docs")).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("recorded")),
                () -> "Skipped: Gong's documentation is not at " + dir
                        + " (expected ../shared/gong-docs beside the project, or -Dgong.docs.dir=...)");
        return dir;
    }

    /**
     * @param name a file of {@code recorded/}
     * @return its path (the calling test is skipped when gong-docs is absent)
     */
    public static Path recorded(String name) {
        return dir().resolve("recorded").resolve(name);
    }

    /**
     * @param name a file of {@code openapi/}
     * @return its path (the calling test is skipped when gong-docs is absent)
     */
    public static Path openapi(String name) {
        return dir().resolve("openapi").resolve(name);
    }
}
