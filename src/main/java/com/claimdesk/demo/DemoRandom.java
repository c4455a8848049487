package com.claimdesk.demo;

import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The one source of chance of a demo plan. Every part of the plan draws from the same {@link Random} in a fixed
 * order, so the same seed gives the same cases: a part that draws once more, or once less, changes every case after
 * it ({@code DemoDataFingerprintTest} notices).
 */
final class DemoRandom {

    record Weighted<T>(T value, int weight) {
    }

    static <T> Weighted<T> w(T value, int weight) {
        return new Weighted<>(value, weight);
    }

    private final Random random;

    DemoRandom(Random random) {
        this.random = random;
    }

    <T> T pick(List<Weighted<T>> options) {
        int total = options.stream().mapToInt(Weighted::weight).sum();
        int r = random.nextInt(total);
        for (Weighted<T> o : options) {
            r -= o.weight();
            if (r < 0) {
                return o.value();
            }
        }
        throw new IllegalStateException("unreachable");
    }

    <T> T pickOne(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    long between(long min, long max) {
        return min + (long) (random.nextDouble() * (max - min + 1));
    }

    double uniform(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /** Cheap orders are far more common than dear ones. */
    double logUniform(double min, double max) {
        return Math.exp(uniform(Math.log(min), Math.log(max)));
    }

    double nextDouble() {
        return random.nextDouble();
    }

    String digits(int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + random.nextInt(10)));
        }
        return s.toString();
    }

    void shuffle(List<?> list) {
        Collections.shuffle(list, random);
    }
}
