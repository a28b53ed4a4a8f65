package thw2.digits;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import thw2.args.Require;

/**
 * Reader for the IDX files of the MNIST distribution (LeCun, Cortes, Burges,
 * <a href="http://yann.lecun.com/exdb/mnist/">The MNIST database</a>), plain or gzipped (recognised by
 * the gzip magic bytes, not by the file name).
 *
 * <p>Format: a 4-byte magic number {@code 00 00 08 d} (08 = unsigned bytes, d = number of
 * dimensions), then d big-endian 32-bit sizes, then the data. Label files have d = 1 (n labels), image
 * files d = 3 (n images × rows × cols). Every problem (missing file, a directory or a device for a file,
 * not IDX, wrong type, no items, truncated data, trailing bytes after the data or after the gzip stream,
 * corrupt gzip, labels outside 0…9, image and label counts that differ) is a {@link DigitDataException}
 * naming the file and the problem.
 */
public final class Idx {
    private static final int UNSIGNED_BYTE = 0x08;

    /**
     * The most data bytes one IDX file may declare: 256 MiB, five times the full MNIST training
     * images (47 MB). The header is checked against it before anything is read, so a file (or a
     * small gzip) declaring millions of images fails at once instead of filling the memory.
     */
    public static final long MAX_DATA_BYTES = 1L << 28;

    private Idx() {}

    /** The decoded content of an IDX file of unsigned bytes: its sizes and its data. */
    public record Content(int[] dims, byte[] data) {
        public Content {
            Require.notNull(dims, "dims");
            Require.notNull(data, "data");
            long total = 1;
            for (int i = 0; i < dims.length; i++) {
                if (dims[i] < 0) {
                    throw new IllegalArgumentException("dims[" + i + "] must be >= 0, got " + dims[i]);
                }
                total *= dims[i];
            }
            if (dims.length == 0 || total != data.length) {
                throw new IllegalArgumentException("data must hold the product of dims = " + total + " bytes, got "
                        + data.length);
            }
        }
    }

    /** Reads an images file and a labels file into one set, checking that the counts agree. */
    public static DigitSet read(Path images, Path labels, String name) {
        Require.notNull(images, "images");
        Require.notNull(labels, "labels");
        Content img = read(images, 3);
        Content lab = read(labels, 1);
        return combine(img, images.toString(), lab, labels.toString(), name);
    }

    /** Reads an IDX stream with {@code expectedDims} dimensions; {@code file} names it in errors. */
    public static Content read(InputStream in, String file, int expectedDims) {
        Require.notNull(in, "in");
        Require.notNull(file, "file");
        Require.inRange(expectedDims, 1, 3, "expectedDims");
        try (InputStream raw = new BufferedInputStream(in, 1 << 16)) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            InputStream s = (b0 == 0x1f && b1 == 0x8b) ? new Gunzip(raw) : raw;
            return parse(s, file, expectedDims, b0 == 0x1f && b1 == 0x8b);
        } catch (TrailingBytes e) {
            throw new DigitDataException(file, "corrupt: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new DigitDataException(file, "truncated gzip stream (" + e.getMessage() + ")", e);
        } catch (ZipException e) {
            throw new DigitDataException(file, "corrupt gzip data (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DigitDataException(file, "cannot be read (" + e + ")", e);
        }
    }

    /** Reads the IDX file at {@code path}, which must have {@code expectedDims} dimensions. */
    public static Content read(Path path, int expectedDims) {
        Require.notNull(path, "path");
        if (Files.isDirectory(path)) {
            throw new DigitDataException(path.toString(), "is a directory, expected an IDX file");
        }
        String device = device(path);
        if (device != null) {
            throw new DigitDataException(path.toString(), "is " + device + ", expected an IDX file");
        }
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new DigitDataException(path.toString(), "file not found", e);
        } catch (IOException e) {
            throw new DigitDataException(path.toString(), "cannot be opened (" + e + ")", e);
        }
        return read(in, path.toString(), expectedDims);
    }

    /**
     * What {@code path} is when it exists but is neither a regular file, nor a directory, nor a pipe
     * (a pipe, such as bash's {@code <(zcat …)}, is read like a file): "a character device" for
     * /dev/zero; null otherwise.
     */
    static String device(Path path) {
        java.nio.file.attribute.BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // missing or unreadable: opening it says which
        }
        if (!a.isOther()) {
            return null;
        }
        int type;
        try {
            type = (Integer) Files.getAttribute(path, "unix:mode") & 0170000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "not a regular file (a device or a socket)";
        }
        return switch (type) {
            case 0010000 -> null;
            case 0020000 -> "a character device";
            case 0060000 -> "a block device";
            case 0140000 -> "a socket";
            default -> "not a regular file";
        };
    }

    static DigitSet combine(Content img, String imagesFile, Content lab, String labelsFile, String name) {
        int n = img.dims()[0];
        if (lab.dims()[0] != n) {
            throw new DigitDataException(labelsFile, "holds " + lab.dims()[0] + " labels but " + imagesFile
                    + " holds " + n + " images");
        }
        byte[] labels = lab.data();
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) > 9) {
                throw new DigitDataException(labelsFile, "label " + i + " is " + (labels[i] & 0xFF)
                        + ", expected a digit 0…9");
            }
        }
        return DigitSet.of(name, img.dims()[1], img.dims()[2], img.data(), labels);
    }

    /**
     * Up to {@code total} bytes, in a buffer that grows by doubling from 16 MiB: a truncated stream
     * that declares much more than it holds costs at most about twice what it holds.
     */
    private static byte[] readUpTo(InputStream s, int total) throws IOException {
        byte[] buf = new byte[Math.min(total, 1 << 24)];
        int filled = 0;
        while (filled < total) {
            if (filled == buf.length) {
                buf = java.util.Arrays.copyOf(buf, (int) Math.min(total, 2L * buf.length));
            }
            int r = s.read(buf, filled, buf.length - filled);
            if (r < 0) {
                break;
            }
            filled += r;
        }
        return filled == buf.length ? buf : java.util.Arrays.copyOf(buf, filled);
    }

    /** Bytes after the end of a gzip stream that do not start another gzip member. */
    private static final class TrailingBytes extends IOException {
        private static final long serialVersionUID = 1L;

        TrailingBytes(String message) {
            super(message);
        }
    }

    /**
     * A gzip stream (RFC 1952) decompressed member after member, that ends only where the data ends:
     * {@link GZIPInputStream} stops silently at bytes after a member that do not start another one,
     * which would let a damaged or padded file pass for a good one.
     */
    private static final class Gunzip extends InputStream {
        private static final long MAX_TRAILING_COUNTED = 1L << 20;
        private final java.io.PushbackInputStream in;
        private final java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
        private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        private final byte[] buf = new byte[1 << 16];
        private long memberSize;
        /** How many bytes of buf the inflater was last given. */
        private int inputLength;
        private boolean done;

        Gunzip(InputStream in) throws IOException {
            this.in = new java.io.PushbackInputStream(in, 1 << 16);
            header();
        }

        private int next() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("unexpected end of the gzip header or trailer");
            }
            return b;
        }

        private void header() throws IOException {
            if (next() != 0x1f || next() != 0x8b) {
                throw new ZipException("not in gzip format");
            }
            if (next() != 8) {
                throw new ZipException("unsupported compression method");
            }
            int flags = next();
            for (int i = 0; i < 6; i++) {
                next(); // modification time, extra flags, operating system
            }
            if ((flags & 4) != 0) {
                int len = next() | next() << 8;
                for (int i = 0; i < len; i++) {
                    next();
                }
            }
            for (int bit : new int[] {8, 16}) { // file name, comment: zero-terminated
                if ((flags & bit) != 0) {
                    while (next() != 0) {
                        // skip
                    }
                }
            }
            if ((flags & 2) != 0) {
                next();
                next();
            }
            inflater.reset();
            crc.reset();
            memberSize = 0;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            while (!done) {
                int n;
                try {
                    n = inflater.inflate(b, off, len);
                } catch (java.util.zip.DataFormatException e) {
                    throw new ZipException(e.getMessage());
                }
                if (n > 0) {
                    crc.update(b, off, n);
                    memberSize += n;
                    return n;
                }
                if (inflater.finished()) {
                    endOfMember();
                } else if (inflater.needsInput()) {
                    int r = in.read(buf);
                    if (r < 0) {
                        throw new EOFException("unexpected end of the compressed data");
                    }
                    inputLength = r;
                    inflater.setInput(buf, 0, r);
                } else if (len == 0) {
                    return 0;
                } else {
                    throw new ZipException("the compressed data needs a dictionary");
                }
            }
            return -1;
        }

        /** Checks the member's trailer, then reads the next member, the end, or reports trailing bytes. */
        private void endOfMember() throws IOException {
            int left = inflater.getRemaining();
            if (left > 0) {
                in.unread(buf, inputLength - left, left);
            }
            long expectedCrc = 0;
            long expectedSize = 0;
            for (int i = 0; i < 4; i++) {
                expectedCrc |= (long) next() << (8 * i);
            }
            for (int i = 0; i < 4; i++) {
                expectedSize |= (long) next() << (8 * i);
            }
            if (expectedCrc != crc.getValue()) {
                throw new ZipException("CRC-32 mismatch");
            }
            if (expectedSize != (memberSize & 0xffffffffL)) {
                throw new ZipException("size mismatch");
            }
            int b0 = in.read();
            if (b0 < 0) {
                done = true;
                return;
            }
            int b1 = in.read();
            if (b0 == 0x1f && b1 == 0x8b) {
                in.unread(b1);
                in.unread(b0);
                header();
                return;
            }
            long extra = b1 < 0 ? 1 : 2;
            boolean zeros = b0 == 0 && b1 <= 0;
            int r;
            while (extra < MAX_TRAILING_COUNTED && (r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    zeros &= buf[i] == 0;
                }
                extra += r;
            }
            throw new TrailingBytes((extra >= MAX_TRAILING_COUNTED ? "at least " : "") + extra + " bytes"
                    + (zeros ? " of zeros" : "") + " after the end of the gzip stream (not another gzip member)");
        }

        @Override
        public void close() throws IOException {
            inflater.end();
            in.close();
        }
    }

    private static Content parse(InputStream s, String file, int expectedDims, boolean gzip) throws IOException {
        byte[] magic = s.readNBytes(4);
        String what = expectedDims == 3 ? "images" : "labels";
        if (magic.length < 4) {
            throw new DigitDataException(file, "truncated: " + magic.length + " bytes, too short for an IDX header");
        }
        if (magic[0] != 0 || magic[1] != 0) {
            throw new DigitDataException(file, String.format(Locale.ROOT,
                    "not an IDX file: starts with bytes %02x %02x %02x %02x, expected 00 00 08 %02x (%s)",
                    magic[0], magic[1], magic[2], magic[3], expectedDims, what));
        }
        if ((magic[2] & 0xFF) != UNSIGNED_BYTE) {
            throw new DigitDataException(file, String.format(Locale.ROOT,
                    "IDX data type 0x%02x is not supported, expected 0x08 (unsigned bytes)", magic[2]));
        }
        if (magic[3] != expectedDims) {
            throw new DigitDataException(file, "has " + magic[3] + " dimensions, expected " + expectedDims
                    + " for an " + what + " file");
        }
        byte[] header = s.readNBytes(4 * expectedDims);
        if (header.length < 4 * expectedDims) {
            throw new DigitDataException(file, "truncated inside the IDX header");
        }
        int[] dims = new int[expectedDims];
        long total = 1;
        for (int d = 0; d < expectedDims; d++) {
            int v = ((header[4 * d] & 0xFF) << 24) | ((header[4 * d + 1] & 0xFF) << 16)
                    | ((header[4 * d + 2] & 0xFF) << 8) | (header[4 * d + 3] & 0xFF);
            if (v < 0 || (d > 0 && v == 0)) {
                throw new DigitDataException(file, "size " + d + " in the IDX header is " + Integer.toUnsignedString(v)
                        + ", which is not a valid size");
            }
            dims[d] = v;
            total *= v;
        }
        String shape = expectedDims == 3
                ? dims[0] + " images of " + dims[1] + "×" + dims[2] + " pixels (" + total + " bytes)"
                : dims[0] + " labels";
        if (dims[0] == 0) {
            throw new DigitDataException(file, "holds no " + what + ": the header declares " + shape);
        }
        if (total > MAX_DATA_BYTES) {
            throw new DigitDataException(file, "the header declares " + shape + ", more than the " + MAX_DATA_BYTES
                    + " bytes of data this reader accepts");
        }
        byte[] data = readUpTo(s, (int) total);
        if (data.length < total) {
            throw new DigitDataException(file, "truncated: the header declares " + shape
                    + " but the " + (gzip ? "decompressed " : "") + "file ends after " + data.length + " of them");
        }
        long extra = 0;
        byte[] buf = new byte[8192];
        int r;
        while ((r = s.read(buf)) > 0) {
            extra += r;
        }
        if (extra > 0) {
            throw new DigitDataException(file, "corrupt: " + extra + " unexpected bytes after the " + shape
                    + " that the header declares");
        }
        return new Content(dims, data);
    }
}
