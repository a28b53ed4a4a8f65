package thw2.committee;

/** Told about every finished epoch; prints progress in a notebook, stays quiet in tests. */
@FunctionalInterface
public interface TrainingListener {
    void epochFinished(EpochSummary summary, TrainingOptions options);

    /** Ignores everything. */
    static TrainingListener quiet() {
        return (s, o) -> { };
    }

    /** Prints one line per epoch to standard output, prefixed by {@code label}. */
    static TrainingListener printing(String label) {
        return (s, o) -> System.out.println(label + "  " + s.progressLine(o.epochs()));
    }

    /** Prints one line when the last epoch is done. */
    static TrainingListener printingLastEpoch(String label) {
        return (s, o) -> {
            if (s.epoch() == o.epochs() - 1) {
                System.out.println(label + "  " + s.progressLine(o.epochs()));
            }
        };
    }
}
