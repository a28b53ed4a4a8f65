package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static thw2.reference.DropoutExpectationsTest.assertMessage;

import org.junit.jupiter.api.Test;

class PenalizedLeastSquaresTest {
    // rows (1, 0), (0, 1), (1, 1), targets 1, 2, 3: XᵀX = [[2, 1], [1, 2]], Xᵀy = (4, 5), N = 3
    static final double[][] X = {{1, 0}, {0, 1}, {1, 1}};
    static final double[] Y = {1, 2, 3};

    @Test
    void normalEquationsSolvedByHand() {
        // [[2, 1], [1, 2]] w = (4, 5): determinant 3, w = ((2·4 − 5)/3, (2·5 − 4)/3) = (1, 2), an exact fit
        assertArrayEquals(new double[] {1, 2}, PenalizedLeastSquares.leastSquares(X, Y), 1e-15);
        // α = 1 doubles the diagonal: [[4, 1], [1, 4]] w = (4, 5), determinant 15, w = (11/15, 16/15)
        assertArrayEquals(new double[] {11.0 / 15, 16.0 / 15}, PenalizedLeastSquares.dropout(X, Y, 1), 1e-15);
        // ridge λ = 1 adds Nλ = 3: [[5, 1], [1, 5]] w = (4, 5), determinant 24, w = (15/24, 21/24)
        assertArrayEquals(new double[] {0.625, 0.875}, PenalizedLeastSquares.ridge(X, Y, 1), 1e-15);
    }

    @Test
    void ridgeOnUnitMeanSquareInputsIsTheDropoutSolution() {
        // both columns have mean square 2/3; rescaled ridge solves (XᵀX + Nλ·(2/3)·I) w = Xᵀy = (XᵀX + 2λ I) w,
        // which is the dropout system XᵀX + α diag(XᵀX) with α = λ
        assertArrayEquals(new double[] {2.0 / 3, 2.0 / 3}, PenalizedLeastSquares.columnMeanSquares(X), 1e-15);
        assertArrayEquals(new double[] {11.0 / 15, 16.0 / 15}, PenalizedLeastSquares.ridgeOnUnitMeanSquareInputs(X, Y, 1),
                1e-15);
    }

    @Test
    void eliminationSwapsRowsForTheLargerPivot() {
        // rows (1, 2), (0, 1), targets 3, 1: XᵀX = [[1, 2], [2, 5]] (the second row has the larger pivot),
        // Xᵀy = (3, 7), determinant 1, w = (5·3 − 2·7, 7 − 2·3) = (1, 1), an exact fit
        assertArrayEquals(new double[] {1, 1}, PenalizedLeastSquares.leastSquares(new double[][] {{1, 2}, {0, 1}},
                new double[] {3, 1}), 1e-14);
    }

    @Test
    void badInputIsRefusedWithTheArgumentNamed() {
        assertMessage("singular", () -> PenalizedLeastSquares.leastSquares(new double[][] {{1, 1}, {2, 2}},
                new double[] {1, 2}));
        assertMessage("x and y must have the same number of examples", () -> PenalizedLeastSquares.leastSquares(X,
                new double[] {1, 2}));
        assertMessage("lambda must be >= 0", () -> PenalizedLeastSquares.ridge(X, Y, -1));
        assertMessage("x must have no all-zero column", () -> PenalizedLeastSquares.ridgeOnUnitMeanSquareInputs(
                new double[][] {{1, 0}, {2, 0}}, new double[] {1, 2}, 1));
    }
}
