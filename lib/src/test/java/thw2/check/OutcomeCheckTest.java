package thw2.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutcomeCheckTest {
    private static String printed(Runnable r) {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void checkedWhereTheClaimsApply() {
        OutcomeCheck onRun = OutcomeCheck.onlyWhen(true, "a claim about this run");
        assertEquals("\u2714 3 of 4 agree\n", printed(() -> onRun.that(true, "%d of %d agree", 3, 4)));
        assertThrows(Check.CheckFailed.class, () -> onRun.that(false, "false"));
    }

    @Test
    void printedAsNotCheckedElsewhere() {
        OutcomeCheck onRun = OutcomeCheck.onlyWhen(false, "a claim about this run");
        assertEquals("\u2013 not checked (a claim about this run): 0.50 % apart\n",
                printed(() -> onRun.that(false, "%.2f %% apart", 0.5)));
        assertThrows(IllegalArgumentException.class, () -> OutcomeCheck.onlyWhen(true, null));
    }
}
