package io.calldeck.sandbox.data;

/**
 * Gong-like numeric ids (19 digits, up to 20 as Gong says) that are a bijection of a small number and a
 * kind, so that the sandbox can find a generated call from its id without an index.
 */
public final class Ids {

    private static final long MASK = (1L << 60) - 1;
    private static final long M1 = 0x9E3779B97F4A7C15L & MASK | 1;
    private static final long M2 = 0xBF58476D1CE4E5B9L & MASK | 1;
    private static final long I1 = inverse(M1);
    private static final long I2 = inverse(M2);
    private static final long OFFSET = 1_000_000_000_000_000_000L;

    /** Kinds of ids, so that calls, users and comments never share one. */
    public enum Kind {
        /** Calls. */
        CALL,
        /** Users. */
        USER,
        /** Workspaces. */
        WORKSPACE,
        /** Parties (participants) of calls. */
        PARTY,
        /** Speakers of calls. */
        SPEAKER,
        /** Public comments. */
        COMMENT,
        /** Trackers. */
        TRACKER
    }

    private Ids() {
    }

    /**
     * @param kind   what the id names
     * @param seed   the data seed
     * @param number a number below 2^40
     * @return a 19-digit id
     */
    public static String of(Kind kind, long seed, long number) {
        long x = ((number << 4) | kind.ordinal()) ^ (seed & 0xFFFFL) << 44;
        return Long.toString(OFFSET + mix(x));
    }

    /**
     * @param kind the expected kind
     * @param seed the data seed
     * @param id   an id
     * @return the number the id was made from, or -1 when it is not an id of that kind and seed
     */
    public static long numberOf(Kind kind, long seed, String id) {
        if (id == null || id.length() != 19) {
            return -1;
        }
        long value;
        try {
            value = Long.parseLong(id) - OFFSET;
        } catch (NumberFormatException e) {
            return -1;
        }
        if (value < 0 || value > MASK) {
            return -1;
        }
        long x = unmix(value) ^ (seed & 0xFFFFL) << 44;
        if ((x & 0xF) != kind.ordinal() || (x >>> 44) != 0) {
            return -1;
        }
        return x >>> 4;
    }

    /** A bijection of [0, 2^60): xor-shifts by at least half the width undo themselves, odd multipliers invert. */
    private static long mix(long x) {
        x = (x ^ (x >>> 31)) & MASK;
        x = (x * M1) & MASK;
        x = (x ^ (x >>> 30)) & MASK;
        x = (x * M2) & MASK;
        return (x ^ (x >>> 31)) & MASK;
    }

    private static long unmix(long x) {
        x = (x ^ (x >>> 31)) & MASK;
        x = (x * I2) & MASK;
        x = (x ^ (x >>> 30)) & MASK;
        x = (x * I1) & MASK;
        return (x ^ (x >>> 31)) & MASK;
    }

    private static long inverse(long odd) {
        long inverse = odd;
        for (int i = 0; i < 6; i++) {
            inverse *= 2 - odd * inverse;
        }
        return inverse;
    }
}
