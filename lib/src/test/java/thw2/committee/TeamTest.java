package thw2.committee;

import static org.junit.jupiter.api.Assertions.*;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A deadlocked team would hang forever: each test fails after 60 s instead. */
@Timeout(60)
class TeamTest {
    @Test
    void everyMemberRunsEveryRoundAndTheCallerSeesTheirWrites() {
        int rounds = 20_000;
        try (Team team = new Team(3)) {
            long[] sums = new long[3]; // plain array: run() must publish the members' writes to the caller
            AtomicIntegerArray seen = new AtomicIntegerArray(3);
            for (int r = 0; r < rounds; r++) {
                int round = r;
                team.run(m -> {
                    sums[m] += round;
                    seen.incrementAndGet(m);
                });
                assertEquals((long) round * (round + 1) / 2, sums[1], "member 1 finished round " + round);
            }
            for (int m = 0; m < 3; m++) {
                assertEquals(rounds, seen.get(m), "member " + m);
                assertEquals((long) rounds * (rounds - 1) / 2, sums[m]);
            }
        }
    }

    @Test
    void aFailingMemberFailsTheRunAndTheTeamGoesOn() {
        try (Team team = new Team(2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> team.run(m -> {
                if (m == 1) {
                    throw new IllegalStateException("member 1 failed");
                }
            }));
            assertEquals("member 1 failed", e.getMessage());
            int[] ran = new int[2];
            team.run(m -> ran[m]++);
            assertArrayEquals(new int[] {1, 1}, ran);
        }
    }

    @Test
    void membersThatParkedAfterTheSpinBudgetWakeForTheNextRun() throws InterruptedException {
        try (Team team = new Team(2)) {
            int[] ran = new int[2];
            for (int r = 0; r < 5; r++) {
                team.run(m -> ran[m]++);
                Thread.sleep(3 * Team.SPIN_NANOS / 1_000_000 + 1); // long enough for member 1 to park
            }
            assertArrayEquals(new int[] {5, 5}, ran);
            // and a member slower than the caller's spin budget: the caller parks and is woken
            team.run(m -> {
                if (m == 1) {
                    try {
                        Thread.sleep(3 * Team.SPIN_NANOS / 1_000_000 + 1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                ran[m]++;
            });
            assertArrayEquals(new int[] {6, 6}, ran);
        }
    }

    @Test
    void aClosedTeamRefusesWork() {
        Team team = new Team(2);
        team.close();
        assertEquals("the team is closed", assertThrows(IllegalStateException.class, () -> team.run(m -> { })).getMessage());
    }

    @Test
    void aTeamOfOneRunsOnTheCaller() {
        try (Team team = new Team(1)) {
            Thread[] where = new Thread[1];
            team.run(m -> where[m] = Thread.currentThread());
            assertSame(Thread.currentThread(), where[0]);
        }
    }
}
