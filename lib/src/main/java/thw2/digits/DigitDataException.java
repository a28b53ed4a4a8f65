package thw2.digits;

/**
 * A digit data file that is missing, truncated or corrupt. The message names the file and says what
 * is wrong with it ("…/train-images-idx3-ubyte.gz: truncated: the header declares 60000 images of
 * 28×28 pixels (47040000 bytes) but the file ends after 1024 of them").
 */
public final class DigitDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;

    DigitDataException(String file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    DigitDataException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** A message that is already complete (it names the file itself). */
    DigitDataException(String file, String message, Throwable cause, boolean complete) {
        super(message, cause);
        this.file = file;
    }

    /** The file (path or classpath resource) the problem was found in. */
    public String file() {
        return file;
    }
}
