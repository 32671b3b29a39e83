package io.calldeck.sandbox.data;

import java.util.List;
import java.util.SplittableRandom;

/** A seeded random source with the few draws the generator needs; the same inputs give the same draws. */
public final class Rng {

    private final SplittableRandom random;

    /**
     * @param parts numbers that together identify what is generated (seed, day, call, purpose)
     */
    public Rng(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = mix(h ^ part);
        }
        this.random = new SplittableRandom(h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * @param bound exclusive upper bound
     * @return 0 to bound-1
     */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /**
     * @param from inclusive
     * @param to   exclusive
     * @return a number in [from, to)
     */
    public int between(int from, int to) {
        return random.nextInt(from, to);
    }

    /**
     * @param from inclusive
     * @param to   exclusive
     * @return a number in [from, to)
     */
    public double between(double from, double to) {
        return random.nextDouble(from, to);
    }

    /** @return a number in [0, 1) */
    public double nextDouble() {
        return random.nextDouble();
    }

    /**
     * @param probability 0 to 1
     * @return true with that probability
     */
    public boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /**
     * @param items a non-empty list
     * @param <T>   the element type
     * @return one element
     */
    public <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * @param items a non-empty array
     * @param <T>   the element type
     * @return one element
     */
    @SafeVarargs
    public final <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /**
     * @param length how many characters
     * @return letters and digits, like a Salesforce id's tail
     */
    public String alphanumeric(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
