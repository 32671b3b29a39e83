package io.calldeck.connector.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.connector.RequestPriority;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The rate budget's guarantees. Only lower bounds on time are asserted (a slow machine can only make the gaps
 * longer), so these tests cannot fail because the machine is busy. A request holds its place in the window from
 * its slot until its answer ({@link RateBudget#answered()}).
 */
class RateBudgetTest {

    @Test
    void noWindowOfOneSecondHoldsMoreThanTheLimit() throws Exception {
        RateBudget budget = new RateBudget(10, 10_000, Duration.ZERO, Clock.systemUTC());
        List<Long> sent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            budget.acquire(RequestPriority.BACKGROUND, null);
            sent.add(System.nanoTime());
            budget.answered();
        }
        for (int i = 0; i + 10 < sent.size(); i++) {
            assertThat(sent.get(i + 10) - sent.get(i)).as("gap between request %d and %d", i, i + 10)
                    .isGreaterThanOrEqualTo(TimeUnit.SECONDS.toNanos(1) - TimeUnit.MILLISECONDS.toNanos(2));
        }
        assertThat(budget.status().usedToday()).isEqualTo(25);
    }

    @Test
    void retryAfterHoldsEveryRequestBackAndRepeated429sSlowTheRate() throws Exception {
        RateBudget budget = new RateBudget(30, 10_000, Duration.ZERO, Clock.systemUTC());
        budget.rateLimited(Duration.ofMillis(1500));
        long start = System.nanoTime();

        budget.acquire(RequestPriority.BACKGROUND, null);

        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(1490));
        assertThat(budget.status().perSecond()).as("one 429 only widens the margin").isEqualTo(30);
        budget.rateLimited(Duration.ofMillis(10));
        assertThat(budget.status().perSecond()).isEqualTo(20);
        assertThat(budget.status().configuredPerSecond()).isEqualTo(30);
        assertThat(budget.status().rateLimitedTotal()).isEqualTo(2);
    }

    @Test
    void anInteractiveCallerFailsFastInsteadOfWaitingLong() {
        RateBudget budget = new RateBudget(3, 10_000, Duration.ZERO, Clock.systemUTC());
        budget.rateLimited(Duration.ofMinutes(10));
        long start = System.nanoTime();

        assertThatThrownBy(() -> budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(RateBudget.BudgetExceededException.class,
                        e -> assertThat(e.waitNeeded()).isGreaterThan(Duration.ofMinutes(9)))
                .hasMessageContaining("Retry-After");
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(budget.status().usedToday()).isZero();
    }

    @Test
    void failuresInARowBackOffExponentiallyWithJitterUpToTheMaximum() {
        RateBudget budget = new RateBudget(3, 10_000, Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(1000),
                Clock.systemUTC());
        long[] ceilings = {100, 200, 400, 800, 1000, 1000};
        for (long ceiling : ceilings) {
            Duration backoff = budget.failed();
            assertThat(backoff.toMillis()).as("backoff under a ceiling of %d ms", ceiling)
                    .isBetween(ceiling / 2, ceiling);
        }
        assertThat(budget.status().failuresTotal()).isEqualTo(6);
        assertThat(budget.status().backoffUntil()).isNotNull();

        budget.succeeded();
        assertThat(budget.status().backoffUntil()).as("an answer ends the backoff").isNull();
        assertThat(budget.failed().toMillis()).as("and the next failure starts again from the initial backoff")
                .isBetween(50L, 100L);
    }

    @Test
    void noRequestLeavesDuringABackoffAndAnInteractiveOneSaysGongIsFailing() throws Exception {
        RateBudget budget = new RateBudget(3, 10_000, Duration.ZERO, Duration.ofMillis(800), Duration.ofSeconds(60),
                Clock.systemUTC());
        Duration backoff = budget.failed();
        long start = System.nanoTime();
        budget.acquire(RequestPriority.BACKGROUND, null);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(backoff.toNanos() - TimeUnit.MILLISECONDS.toNanos(20));

        for (int i = 0; i < 7; i++) {
            budget.failed();
        }
        assertThatThrownBy(() -> budget.acquire(RequestPriority.INTERACTIVE, Duration.ofMillis(100)))
                .isInstanceOfSatisfying(RateBudget.BudgetExceededException.class,
                        e -> assertThat(e.backingOff()).isTrue())
                .hasMessageContaining("backing off");
    }

    @Test
    void aRequestCountsInTheWindowFromItsAnswerTheLatestGongCanHaveCountedIt() throws Exception {
        RateBudget budget = new RateBudget(2, 10_000, Duration.ZERO, Clock.systemUTC());
        budget.acquire(RequestPriority.BACKGROUND, null);
        budget.sending();
        Thread.sleep(400); // a cold first request: its connection, its server's first dispatch
        budget.answered();
        long firstAnswered = System.nanoTime();
        budget.acquire(RequestPriority.BACKGROUND, null);
        budget.answered();

        budget.acquire(RequestPriority.BACKGROUND, null);

        assertThat(System.nanoTime() - firstAnswered).as("the third request waits a second from the first one's answer")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(995));
    }

    @Test
    void aRequestInFlightHoldsItsPlaceUntilItIsAnswered() throws Exception {
        RateBudget budget = new RateBudget(1, 10_000, Duration.ZERO, Clock.systemUTC());
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch answer = new CountDownLatch(1);
            long[] answeredAt = new long[1];
            Future<?> slow = threads.submit(() -> {
                budget.acquire(RequestPriority.BACKGROUND, null);
                answer.await();
                answeredAt[0] = System.nanoTime();
                budget.answered();
                return null;
            });
            while (budget.status().usedToday() < 1) {
                Thread.onSpinWait();
            }
            Future<Long> next = threads.submit(() -> {
                budget.acquire(RequestPriority.BACKGROUND, null);
                budget.answered();
                return System.nanoTime();
            });
            Thread.sleep(1_500);
            assertThat(next.isDone()).as("no second request while the first, 1.5 s old, is unanswered").isFalse();

            answer.countDown();
            slow.get(5, TimeUnit.SECONDS);
            long secondLeft = next.get(5, TimeUnit.SECONDS);
            assertThat(secondLeft - answeredAt[0]).as("the second request leaves a second after the first's answer")
                    .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(995));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aReleasedUploadCountsFromWhenItLeftNotFromItsAnswer() throws Exception {
        RateBudget budget = new RateBudget(1, 10_000, Duration.ZERO, Clock.systemUTC());
        budget.acquire(RequestPriority.BACKGROUND, null);
        budget.sending();
        long uploadLeft = System.nanoTime();
        budget.released(); // the recording goes on streaming; its answer comes minutes later

        budget.acquire(RequestPriority.BACKGROUND, null);

        long waited = System.nanoTime() - uploadLeft;
        assertThat(waited).as("the next request waits a second from the upload leaving")
                .isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(995));
    }

    @Test
    void theDailyBudgetIsEnforced() throws Exception {
        RateBudget budget = new RateBudget(100, 3, Duration.ZERO, Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(1));
        }
        assertThatThrownBy(() -> budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(1)))
                .hasMessageContaining("daily budget of 3 requests");
        assertThat(budget.status().remainingToday()).isZero();
    }

    @Test
    void interactiveRequestsGoAheadOfWaitingBackgroundOnes() throws Exception {
        RateBudget budget = new RateBudget(1, 10_000, Duration.ZERO, Clock.systemUTC());
        budget.acquire(RequestPriority.BACKGROUND, null);
        budget.answered();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            CountDownLatch backgroundWaiting = new CountDownLatch(2);
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                done.add(threads.submit(() -> {
                    backgroundWaiting.countDown();
                    budget.acquire(RequestPriority.BACKGROUND, null);
                    order.add("background-" + n);
                    budget.answered();
                    return null;
                }));
            }
            backgroundWaiting.await();
            while (budget.status().waitingRequests() < 2) {
                Thread.onSpinWait();
            }
            done.add(threads.submit(() -> {
                budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5));
                order.add("interactive");
                budget.answered();
                return null;
            }));
            for (Future<?> future : done) {
                future.get(10, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(order).hasSize(3);
        assertThat(order.get(0)).isEqualTo("interactive");
    }
}
