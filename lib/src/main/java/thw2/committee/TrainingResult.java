package thw2.committee;

import java.util.List;

/** A trained net and the per-epoch history of its training. */
public record TrainingResult(OneHiddenLayerNet net, List<EpochSummary> history) {
    public TrainingResult {
        history = List.copyOf(history);
    }
}
