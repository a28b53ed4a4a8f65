package thw2.committee;

import java.util.List;
import thw2.args.Require;

/** A trained net and the per-epoch history of its training (one summary per epoch, in order). */
public record TrainingResult(OneHiddenLayerNet net, List<EpochSummary> history) {
    public TrainingResult {
        Require.notNull(net, "net");
        Require.notNull(history, "history");
        for (int e = 0; e < history.size(); e++) {
            if (history.get(e) == null) {
                throw new IllegalArgumentException("history[" + e + "] must not be null");
            }
        }
        history = List.copyOf(history);
    }
}
