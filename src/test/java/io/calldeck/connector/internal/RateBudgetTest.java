package io.calldeck.connector.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.calldeck.connector.RequestPriority;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import org.junit.jupiter.api.Test;

/**
 * The rate budget's guarantees, on fake time: deterministic, and milliseconds to run. Single-threaded tests use a
 * clock that a wait moves forward by what was waited; the tests with several threads use a clock that only the test
 * moves, waking the budget after each move. A request holds its place in the window from its slot until its answer
 * ({@link RateBudget#answered()}).
 */
class RateBudgetTest {

    private static final Instant START = Instant.parse("2026-11-20T12:00:00Z");

    /** A clock that waiting moves: time passes exactly as much as callers wait, and only then. */
    private static final class JumpingTime extends Clock implements RateBudget.Sleeper {
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public void await(Condition changed, long nanos) {
            advance(Duration.ofNanos(nanos));
        }
    }

    /** A clock only the test moves; waiting callers wait until it does. */
    private static final class ManualTime extends Clock implements RateBudget.Sleeper {
        private volatile Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(RateBudget budget, Duration by) {
            now = now.plus(by);
            budget.wakeUp();
        }

        @Override
        public void await(Condition changed, long nanos) throws InterruptedException {
            changed.await(50, TimeUnit.MILLISECONDS); // a real, short wait: the test moves time, then wakes callers
        }
    }

    private static RateBudget budget(int perSecond, int perDay, Clock clock, RateBudget.Sleeper sleeper) {
        return new RateBudget(perSecond, perDay, Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(1000), clock,
                sleeper);
    }

    @Test
    void noWindowOfOneSecondHoldsMoreThanTheLimit() throws Exception {
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(10, 10_000, time, time);
        List<Instant> sent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            budget.acquire(RequestPriority.BACKGROUND, null);
            sent.add(time.instant());
            budget.answered();
        }
        for (int i = 0; i + 10 < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i), sent.get(i + 10))).as("request %d to %d", i, i + 10)
                    .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        assertThat(Duration.between(sent.get(0), sent.get(24))).as("and no slower than the limit")
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(budget.status().usedToday()).isEqualTo(25);
    }

    @Test
    void retryAfterHoldsEveryRequestBackAndRepeated429sSlowTheRate() throws Exception {
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(30, 10_000, time, time);
        budget.rateLimited(Duration.ofMillis(1500));

        budget.acquire(RequestPriority.BACKGROUND, null);

        assertThat(time.instant()).isEqualTo(START.plusMillis(1500));
        assertThat(budget.status().perSecond()).as("one 429 only widens the margin").isEqualTo(30);
        budget.rateLimited(Duration.ofMillis(10));
        assertThat(budget.status().perSecond()).isEqualTo(20);
        assertThat(budget.status().configuredPerSecond()).isEqualTo(30);
        assertThat(budget.status().rateLimitedTotal()).isEqualTo(2);
    }

    @Test
    void anInteractiveCallerFailsFastInsteadOfWaitingLong() {
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(3, 10_000, time, time);
        budget.rateLimited(Duration.ofMinutes(10));

        assertThatThrownBy(() -> budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(2)))
                .isInstanceOfSatisfying(RateBudget.BudgetExceededException.class,
                        e -> assertThat(e.waitNeeded()).isEqualTo(Duration.ofMinutes(10)))
                .hasMessageContaining("Retry-After");
        assertThat(time.instant()).as("it did not wait at all").isEqualTo(START);
        assertThat(budget.status().usedToday()).isZero();
    }

    @Test
    void failuresInARowBackOffExponentiallyWithJitterUpToTheMaximum() {
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(3, 10_000, time, time);
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
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(3, 10_000, time, time);
        Duration backoff = budget.failed();
        budget.acquire(RequestPriority.BACKGROUND, null);
        assertThat(time.instant()).isEqualTo(START.plus(backoff));
        budget.answered();

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
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(2, 10_000, time, time);
        budget.acquire(RequestPriority.BACKGROUND, null);
        budget.sending();
        time.advance(Duration.ofMillis(400)); // a cold first request: its connection, its server's first dispatch
        budget.answered();
        Instant firstAnswered = time.instant();
        budget.acquire(RequestPriority.BACKGROUND, null);
        budget.answered();

        budget.acquire(RequestPriority.BACKGROUND, null);

        assertThat(time.instant()).as("the third request waits a second from the first one's answer")
                .isEqualTo(firstAnswered.plusSeconds(1));
    }

    @Test
    void aRequestInFlightHoldsItsPlaceUntilItIsAnswered() throws Exception {
        ManualTime time = new ManualTime();
        RateBudget budget = budget(1, 10_000, time, time);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> slow = threads.submit(() -> {
                budget.acquire(RequestPriority.BACKGROUND, null);
                return null;
            });
            slow.get(5, TimeUnit.SECONDS);
            Future<Instant> next = threads.submit(() -> {
                budget.acquire(RequestPriority.BACKGROUND, null);
                return time.instant();
            });
            while (budget.status().waitingRequests() < 1) {
                Thread.onSpinWait();
            }
            time.advance(budget, Duration.ofSeconds(5));
            Thread.sleep(100);
            assertThat(next.isDone()).as("no second request while the first, 5 s old, is unanswered").isFalse();

            threads.submit(budget::answered).get(5, TimeUnit.SECONDS); // the first request's thread gets its answer
            Instant answeredAt = time.instant();
            time.advance(budget, Duration.ofMillis(999));
            Thread.sleep(100);
            assertThat(next.isDone()).as("not within a second of that answer").isFalse();
            time.advance(budget, Duration.ofMillis(1));
            assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo(answeredAt.plusSeconds(1));
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aReleasedUploadCountsFromWhenItLeftNotFromItsAnswer() throws Exception {
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(1, 10_000, time, time);
        budget.acquire(RequestPriority.BACKGROUND, null);
        time.advance(Duration.ofMillis(200));
        budget.sending();
        Instant uploadLeft = time.instant();
        budget.released(); // the recording goes on streaming; its answer comes minutes later

        budget.acquire(RequestPriority.BACKGROUND, null);

        assertThat(time.instant()).as("the next request waits a second from the upload leaving")
                .isEqualTo(uploadLeft.plusSeconds(1));
    }

    @Test
    void theStatusTakesTheCompanysCountAndTheLaterPauseFromASharedLimit() throws Exception {
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(100, 1000, time, time);
        budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(1));
        budget.answered();
        budget.rateLimited(Duration.ofSeconds(30));
        io.calldeck.connector.RateBudgetStatus own = budget.status();
        assertThat(own.allServers()).isFalse();
        assertThat(own.usedToday()).isEqualTo(1);

        io.calldeck.connector.RateBudgetStatus all = own.withSharedLimit(40, START.plusSeconds(90));
        assertThat(all.allServers()).isTrue();
        assertThat(all.usedToday()).isEqualTo(40);
        assertThat(all.remainingToday()).isEqualTo(960);
        assertThat(all.pausedUntil()).as("the other server's later pause").isEqualTo(START.plusSeconds(90));
        assertThat(own.withSharedLimit(0, START.plusSeconds(5)).pausedUntil()).as("this server's later pause")
                .isEqualTo(START.plusSeconds(30));
        assertThat(own.withSharedLimit(0, null).usedToday()).as("a count behind this server's own").isEqualTo(1);
    }

    @Test
    void theDailyBudgetIsEnforced() throws Exception {
        JumpingTime time = new JumpingTime();
        RateBudget budget = budget(100, 3, time, time);
        for (int i = 0; i < 3; i++) {
            budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(1));
            budget.answered();
        }
        assertThatThrownBy(() -> budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(1)))
                .hasMessageContaining("daily budget of 3 requests");
        assertThat(budget.status().remainingToday()).isZero();
        budget.acquire(RequestPriority.BACKGROUND, null);
        assertThat(time.instant()).as("a background request waits for the next UTC day")
                .isEqualTo(Instant.parse("2026-11-21T00:00:00Z"));
    }

    @Test
    void interactiveRequestsGoAheadOfWaitingBackgroundOnes() throws Exception {
        ManualTime time = new ManualTime();
        RateBudget budget = budget(1, 10_000, time, time);
        budget.acquire(RequestPriority.BACKGROUND, null);
        budget.answered();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                int n = i;
                done.add(threads.submit(() -> {
                    budget.acquire(RequestPriority.BACKGROUND, null);
                    order.add("background-" + n);
                    budget.answered();
                    return null;
                }));
            }
            while (budget.status().waitingRequests() < 2) {
                Thread.onSpinWait();
            }
            done.add(threads.submit(() -> {
                budget.acquire(RequestPriority.INTERACTIVE, Duration.ofSeconds(5));
                order.add("interactive");
                budget.answered();
                return null;
            }));
            while (budget.status().waitingRequests() < 3) {
                Thread.onSpinWait();
            }
            for (int second = 0; second < 4 && order.size() < 3; second++) {
                time.advance(budget, Duration.ofSeconds(1));
                Thread.sleep(100);
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(order).hasSize(3);
        assertThat(order.get(0)).isEqualTo("interactive");
    }
}
