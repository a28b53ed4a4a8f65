package thw2.optim;

/** The state of plain (stochastic) gradient descent after step t: θ_t, g_t and Δθ_t. Immutable. */
public final class SgdState extends StepState {
    SgdState(int t, double[] theta, double[] gradient, double[] update) {
        super(t, theta, gradient, update);
    }

    @Override
    public String toString() {
        return describe("SgdState", "");
    }
}
