package io.calldeck.sandbox;

import io.calldeck.sandbox.data.CallGenerator;
import io.calldeck.sandbox.data.RecordedDataset;
import io.calldeck.sandbox.data.SalesOrg;
import io.calldeck.sandbox.data.SandboxData;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded Gong: its data and state ({@link SandboxData}), built once when the application starts.
 * Generated from {@code calldeck.sandbox.seed} unless {@code calldeck.sandbox.dataset} names recorded
 * responses.
 */
@ApplicationScoped
public class Sandbox {

    private static final char[] REQUEST_ID_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private SandboxSettings settings;
    private SandboxData data;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong requests = new AtomicLong();

    /** For CDI's client proxy only. */
    protected Sandbox() {
    }

    /** @param settings the sandbox's settings */
    @Inject
    public Sandbox(SandboxSettings settings) {
        this.settings = settings;
    }

    @PostConstruct
    void build() {
        if (settings.dataset().isPresent()) {
            try {
                data = RecordedDataset.load(settings.dataset().get(), settings.clock(), settings.timeZone(),
                        settings.seed(), settings.keepDatasetDates());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot load " + SandboxSettings.DATASET + "="
                        + settings.dataset().get(), e);
            }
        } else {
            SalesOrg org = new SalesOrg(settings.seed());
            data = new SandboxData(new CallGenerator(org, settings.seed(), settings.calls(), settings.days(),
                    settings.timeZone(), settings.baseUri() + "/media", settings.latePublication()), settings.days(),
                    settings.clock(), settings.seed());
        }
    }

    /** @return the sandbox's settings */
    public SandboxSettings settings() {
        return settings;
    }

    /** @return the data and state */
    public SandboxData data() {
        return data;
    }

    /** @return a new Gong-like request id (19 characters of [0-9a-z]) */
    public String requestId() {
        requests.incrementAndGet();
        char[] id = new char[19];
        for (int i = 0; i < id.length; i++) {
            id[i] = REQUEST_ID_ALPHABET[random.nextInt(REQUEST_ID_ALPHABET.length)];
        }
        return new String(id);
    }

    /** @return how many Gong API requests the sandbox answered since start */
    public long requests() {
        return requests.get();
    }
}
