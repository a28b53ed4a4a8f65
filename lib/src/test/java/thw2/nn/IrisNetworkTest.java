package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import thw2.data.Iris;

class IrisNetworkTest {
    /** Four flowers whose first measurement is the logit of a network that reads only that measurement. */
    private static final Iris.BinaryTask FOUR = new Iris.BinaryTask("virginica", "versicolor",
            new double[][] {{2, 9, 9, 9}, {-1, 9, 9, 9}, {0.5, 9, 9, 9}, {0, 9, 9, 9}},
            new double[][] {{1}, {1}, {0}, {0}});

    @Test
    void shapeActivationsAndSeed() {
        Mlp net = IrisNetwork.sigmoid(Init.xavier(4), 8, 3);
        assertArrayEquals(new int[] {4, 8, 3, 1}, net.widths());
        assertEquals(List.of(Activation.SIGMOID, Activation.SIGMOID, Activation.IDENTITY),
                List.of(net.activation(0), net.activation(1), net.activation(2)));
        Mlp same = Mlp.builder(4, 8, 3, 1).activation(Activation.SIGMOID).outputActivation(Activation.IDENTITY)
                .init(Init.xavier(4)).seed(IrisNetwork.SEED).build();
        assertArrayEquals(same.parameters(), net.parameters());
        assertArrayEquals(new int[] {4, 1}, IrisNetwork.sigmoid(Init.zero()).widths(), "no hidden layer: logistic regression");
        assertThrows(IllegalArgumentException.class, () -> IrisNetwork.sigmoid(Init.zero(), 8, 0));
    }

    @Test
    void accuracyCountsLogitsAboveZeroAsThePositiveSpecies() {
        // logit = first measurement: 2 > 0 (t = 1, right), −1 (t = 1, wrong), 0.5 (t = 0, wrong), 0 (t = 0, right)
        Mlp firstMeasurement = IrisNetwork.sigmoid(Init.zero()).withParameters(new double[] {1, 0, 0, 0, 0});
        assertArrayEquals(new double[] {2, -1, 0.5, 0}, IrisNetwork.logits(firstMeasurement, FOUR));
        assertEquals(0.5, IrisNetwork.accuracy(firstMeasurement, FOUR));
        Mlp reversed = IrisNetwork.sigmoid(Init.zero()).withParameters(new double[] {-1, 0, 0, 0, 0.25});
        assertEquals(0.5, IrisNetwork.accuracy(reversed, FOUR)); // logits −1.75, 1.25, −0.25, 0.25: wrong, right, right, wrong
        assertThrows(IllegalArgumentException.class, () -> IrisNetwork.accuracy(Mlp.builder(2, 1).build(), FOUR));
    }

    @Test
    void trainingFromZeroStartsAtLnTwoAndKeepsItsCurve() {
        // all-zero logistic regression: every logit 0, σ = ½, cross-entropy ln 2 for every flower
        Iris.BinaryTask iris = Iris.load().binary("virginica", "versicolor");
        IrisNetwork.Training run = IrisNetwork.train(Init.zero(), iris, 0.5, 3);
        assertEquals(3, run.steps());
        assertEquals(Math.log(2), run.loss()[0], 1e-15);
        assertTrue(run.finalLoss() < run.loss()[0], "gradient descent lowers the loss");
        Mlp net = IrisNetwork.sigmoid(Init.zero());
        assertArrayEquals(net.fullBatchGradientDescent(Loss.SIGMOID_CROSS_ENTROPY, iris.x(), iris.t(), 0.5, 3), run.loss());
        assertEquals(IrisNetwork.accuracy(net, iris), run.accuracy());
    }

    @Test
    void trainingRecordReadsItsCurve() {
        IrisNetwork.Training run = new IrisNetwork.Training(new double[] {0.7, 0.69, 0.5, 0.2}, 0.75);
        assertEquals(0.2, run.finalLoss());
        assertArrayEquals(new double[] {0.7, 0.2, 0.69}, run.lossAt(0, 3, 1));
        assertEquals(2, run.firstStepBelow(0.68));
        assertEquals(0, run.firstStepBelow(1));
        assertEquals(-1, run.firstStepBelow(0.1));
        assertThrows(IllegalArgumentException.class, () -> run.lossAt(4));
        assertThrows(IllegalArgumentException.class, () -> new IrisNetwork.Training(new double[] {0.5}, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new IrisNetwork.Training(new double[] {-0.5}, 0.5));
        Map<String, IrisNetwork.Training> runs = new LinkedHashMap<>();
        runs.put("b", run);
        runs.put("a", new IrisNetwork.Training(new double[] {1, 2, 3, 4}, 0));
        Map<String, double[]> curves = IrisNetwork.lossCurves(runs, 1, 2);
        assertEquals(List.of("b", "a"), List.copyOf(curves.keySet()));
        assertArrayEquals(new double[] {2, 3}, curves.get("a"));
    }
}
