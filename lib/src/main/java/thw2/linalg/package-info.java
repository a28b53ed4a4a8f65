/**
 * Small dense linear algebra, accurate relative to the matrix's scale.
 *
 * <p>Mathematics: Gaussian elimination with partial pivoting, counting its multiplications and
 * divisions exactly, (n³ + 3n² − n)/3 for one n×n system ({@link thw2.linalg.GaussianElimination});
 * the eigendecomposition S = QΛQᵀ of a symmetric matrix by the cyclic Jacobi method with Demmel and
 * Veselić's relative stopping rule ({@link thw2.linalg.SymmetricEigen}); random well-conditioned
 * systems G + 2√n·I to count and time solves on ({@link thw2.linalg.LinearSystem}); and the deep copy
 * of a matrix that immutable values use ({@link thw2.linalg.Matrices}).
 *
 * <p>Used by Question 5 (the cost of a Newton step against a gradient step, the eigenvalues that
 * govern gradient descent on wᵀHw) and Question 6 (the ridge solution of the dropout objective and
 * its Hessian's eigenvalues).
 *
 * <p>Invariants: arguments are never modified; matrices are scaled by powers of two (exact) before
 * the work, so 1e-300·I and 1e300·I are solved as well as I; a matrix is singular only relative to
 * its own largest entry (a pivot |u_kk| ≤ n·ε·max|a_ij|), and then the error says so, naming the
 * argument, instead of returning a solution made of rounding noise. Depends only on
 * {@code thw2.args}.
 */
package thw2.linalg;
