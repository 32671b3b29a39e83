package io.calldeck.connector;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Where Gong's documentation lives at test time: {@code ../shared/gong-docs} beside the project (override with
 * the system property {@code gong.docs.dir}). Tests that need it are skipped, with a message, when it is absent,
 * unless {@code CALLDECK_REQUIRE_GONG_DOCS=true} (environment, or the system property
 * {@code calldeck.require-gong-docs}; CI sets it): then they fail. Its files are never copied into the repository.
 */
public final class GongDocs {

    private GongDocs() {
    }

    /** @return the gong-docs folder; skips (or, when required, fails) the calling test when it is absent */
    public static Path dir() {
        Path dir = Path.of(System.getProperty("gong.docs.dir", "../shared/gong-docs")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("recorded"))) {
            String where = "Gong's documentation is not at " + dir
                    + " (expected ../shared/gong-docs beside the project, or -Dgong.docs.dir=...)";
            if (required()) {
                throw new AssertionError(where + "; CALLDECK_REQUIRE_GONG_DOCS=true makes that a failure");
            }
            Assumptions.abort("Skipped: " + where);
        }
        return dir;
    }

    /** @return whether a missing gong-docs folder fails the tests instead of skipping them */
    static boolean required() {
        return Boolean.parseBoolean(System.getProperty("calldeck.require-gong-docs",
                System.getenv().getOrDefault("CALLDECK_REQUIRE_GONG_DOCS", "false")));
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
