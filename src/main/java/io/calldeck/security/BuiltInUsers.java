package io.calldeck.security;

import io.calldeck.store.StoreMigrations;
import io.calldeck.store.entity.AppUserEntity;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * CallDeck's two built-in sign-in users, {@code admin} and {@code viewer}, and the identity store that checks their
 * passwords. There are no default passwords: a password comes from {@code CALLDECK_ADMIN_PASSWORD} /
 * {@code CALLDECK_VIEWER_PASSWORD} (MicroProfile Config {@code calldeck.admin.password},
 * {@code calldeck.viewer.password}); where one is unset, a random password is generated at the first start and
 * written to the log once. Only PBKDF2 hashes are stored (table {@code app_user}).
 *
 * <p>With {@code calldeck.auth.built-in-users=false} the store takes no part, and sign-in goes to the server's own
 * user registry (for example an LDAP registry in {@code server.xml}).
 */
@ApplicationScoped
public class BuiltInUsers implements IdentityStore {

    /** Turns the built-in users on (default) or off. */
    public static final String ENABLED = "calldeck.auth.built-in-users";

    private static final Logger LOG = Logger.getLogger(BuiltInUsers.class.getName());
    private static final Map<String, String> USERS = Map.of("admin", Roles.ADMINS_GROUP, "viewer", Roles.VIEWERS_GROUP);
    /** The process's standard output itself, never closed (closing it would close file descriptor 1). */
    private static final java.io.FileOutputStream CONSOLE = new java.io.FileOutputStream(java.io.FileDescriptor.out);
    /** The PostgreSQL advisory lock that orders the creation of the built-in users across servers. */
    private static final long USERS_LOCK = 0x43616c6c4465636bL; // "CallDeck"
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

    @PersistenceContext(unitName = "calldeck")
    EntityManager em;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    Config config;

    @Inject
    StoreMigrations migrations;

    @Inject
    BuiltInUsers self;

    @jakarta.annotation.Resource(lookup = "jdbc/calldeck")
    javax.sql.DataSource dataSource;

    /** Whether the store is PostgreSQL, which several servers may share (the embedded H2 is one server's). */
    private boolean shared;

    private boolean enabled;
    /** A hash of a random password no one knows: an unknown user name costs the same PBKDF2 as a wrong password. */
    private String dummyHash;
    /** Recently verified passwords (SHA-256 only), so that Basic-authenticated API calls skip the slow PBKDF2. */
    private final Map<String, Verified> verified = new java.util.concurrent.ConcurrentHashMap<>();

    private record Verified(byte[] digest, String hash, long until) {
    }

    @PostConstruct
    void configure() {
        enabled = config.getOptionalValue(ENABLED, Boolean.class).orElse(true);
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512", "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
        dummyHash = hash.generate(generate().toCharArray());
        shared = SignInThrottle.postgres(dataSource);
    }

    void started(@Observes @jakarta.annotation.Priority(150) @Initialized(ApplicationScoped.class) Object event) {
        migrations.ensureMigrated();
        if (enabled) {
            Map<String, String> generated = self.ensureUsers();
            // Only passwords that were committed are shown: a rolled-back one would never sign in.
            generated.forEach(BuiltInUsers::showOnce);
        } else {
            LOG.info("Built-in users are off (" + ENABLED + "=false): sign-in uses the server's user registry");
        }
    }

    /**
     * Creates the built-in users that do not exist yet, and applies passwords given by configuration.
     *
     * @return the passwords generated for users created without a configured one, by user name, for the caller to show
     *         once the transaction has committed
     */
    @Transactional
    public Map<String, String> ensureUsers() {
        if (shared) {
            // Servers started together on one empty store create the users one after another: the second one waits
            // here until the first has committed, then finds its users. Without the lock, the second failed on a
            // duplicate key, and the transaction manager logged the failed statement with its values, hashes included.
            em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(?1) AS text)").setParameter(1, USERS_LOCK)
                    .getSingleResult();
        }
        Map<String, String> created = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> user : USERS.entrySet()) {
            String name = user.getKey();
            Optional<String> configured = config.getOptionalValue("calldeck." + name + ".password", String.class)
                    .filter(p -> !p.isBlank());
            AppUserEntity existing = em.find(AppUserEntity.class, name);
            if (configured.isPresent()) {
                if (configured.get().length() < 8) {
                    throw new IllegalStateException("CALLDECK_" + name.toUpperCase() + "_PASSWORD must be at least 8 "
                            + "characters");
                }
                if (existing == null) {
                    em.persist(new AppUserEntity(name, hash.generate(configured.get().toCharArray()), user.getValue(),
                            OffsetDateTime.now(ZoneOffset.UTC)));
                } else if (!hash.verify(configured.get().toCharArray(), existing.getPasswordHash())) {
                    existing.setPasswordHash(hash.generate(configured.get().toCharArray()));
                    LOG.info(() -> "The password of CallDeck user '" + name + "' was changed from configuration");
                }
            } else if (existing == null) {
                String generated = generate();
                em.persist(new AppUserEntity(name, hash.generate(generated.toCharArray()), user.getValue(),
                        OffsetDateTime.now(ZoneOffset.UTC)));
                created.put(name, generated);
            }
        }
        return created;
    }

    /**
     * Shows a generated password on the server's console only: written to the process's own standard output, not
     * through {@code System.out} or a logger, which Liberty copies into {@code messages.log}. With {@code server run}
     * or {@code mvn liberty:run} that is the terminal; a server started in the background ({@code server start})
     * writes its standard output to {@code logs/console.log}, which keeps the line until removed (README says so).
     */
    private static void showOnce(String name, String generated) {
        String text = "\n==============================================================================\n"
                + "  CallDeck created the sign-in user '" + name + "' with this generated password:\n\n"
                + "      " + generated + "\n\n"
                + "  It is shown once, now, here only. Set CALLDECK_" + name.toUpperCase(java.util.Locale.ROOT)
                + "_PASSWORD to choose your own.\n"
                + "==============================================================================\n";
        try {
            CONSOLE.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            CONSOLE.flush();
        } catch (java.io.IOException e) {
            LOG.warning(() -> "The generated password of '" + name + "' could not be shown on the console ("
                    + e.getMessage() + "); set CALLDECK_" + name.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD");
        }
        LOG.warning(() -> "CallDeck created the sign-in user '" + name + "' with a generated password, shown on the "
                + "server's console only; set CALLDECK_" + name.toUpperCase(java.util.Locale.ROOT)
                + "_PASSWORD to choose your own");
    }

    private static String generate() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[20];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(password);
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return enabled ? EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS) : Set.of();
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!enabled || !(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AppUserEntity user = em.find(AppUserEntity.class, login.getCaller());
        if (user == null) {
            // The same work as a wrong password, so that the time taken does not tell which user names exist.
            hash.verify(login.getPassword().getValue(), dummyHash);
            return CredentialValidationResult.INVALID_RESULT;
        }
        byte[] digest = sha256(login.getPassword().getValue());
        Verified recent = verified.get(user.getUsername());
        boolean ok = recent != null && recent.until() > System.currentTimeMillis()
                && recent.hash().equals(user.getPasswordHash()) && java.security.MessageDigest.isEqual(recent.digest(), digest);
        if (!ok) {
            ok = hash.verify(login.getPassword().getValue(), user.getPasswordHash());
            if (ok) {
                verified.put(user.getUsername(), new Verified(digest, user.getPasswordHash(),
                        System.currentTimeMillis() + 5 * 60_000));
            }
        }
        return ok ? new CredentialValidationResult(user.getUsername(), Set.of(user.getRole()))
                : CredentialValidationResult.INVALID_RESULT;
    }

    private static byte[] sha256(char[] password) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(new String(password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
