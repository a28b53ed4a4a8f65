package thw2.linalg;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class MatricesTest {
    @Test
    void copyIsDeepAndEqual() {
        double[][] m = {{1, 2}, {3}, {}};
        double[][] c = Matrices.copy(m);
        assertNotSame(m, c);
        for (int i = 0; i < m.length; i++) {
            assertNotSame(m[i], c[i]);
            assertArrayEquals(m[i], c[i]);
        }
        c[0][1] = 7;
        assertEquals(2, m[0][1]);
    }

    @Test
    void nullRowIsNamed() {
        String msg = assertThrows(IllegalArgumentException.class, () -> Matrices.copy(new double[][] {{1}, null}))
                .getMessage();
        assertEquals("m[1] must not be null", msg);
    }
}
