package thw2.digits;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxTest {
    @TempDir
    Path dir;

    /** An IDX file built byte by byte from the format description. */
    private static byte[] idx(int dimsCode, int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.put((byte) 0).put((byte) 0).put((byte) 8).put((byte) dimsCode);
        for (int d : dims) {
            b.putInt(d);
        }
        b.put(data);
        return b.array();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream g = new GZIPOutputStream(out)) {
            g.write(raw);
        }
        return out.toByteArray();
    }

    private static byte[] images(int n, int rows, int cols) {
        byte[] px = new byte[n * rows * cols];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 37);
        }
        return px;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void readsPlainAndGzippedFilesAlike() throws IOException {
        byte[] px = images(3, 4, 5);
        byte[] lb = {7, 0, 9};
        Path ip = write("i", idx(3, new int[] {3, 4, 5}, px));
        Path lp = write("l.gz", gzip(idx(1, new int[] {3}, lb)));
        DigitSet d = Idx.read(ip, lp, "tiny");
        assertEquals(3, d.size());
        assertEquals(4, d.rows());
        assertEquals(5, d.cols());
        assertArrayEquals(new int[] {7, 0, 9}, d.labels());
        assertEquals(px[2 * 20 + 13] & 0xFF, d.grey(2, 13));
        Path igz = write("i.gz", gzip(idx(3, new int[] {3, 4, 5}, px)));
        assertTrue(d.sameContent(Idx.read(igz, lp, "again")));
    }

    private DigitDataException fails(Path images, Path labels) {
        return assertThrows(DigitDataException.class, () -> Idx.read(images, labels, "x"));
    }

    @Test
    void missingFileIsNamed() throws IOException {
        Path lp = write("l", idx(1, new int[] {1}, new byte[] {1}));
        DigitDataException e = fails(dir.resolve("nope-images"), lp);
        assertTrue(e.getMessage().contains("nope-images") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void truncatedDataIsReported() throws IOException {
        byte[] full = idx(3, new int[] {10, 28, 28}, images(10, 28, 28));
        Path ip = write("short-images", Arrays.copyOf(full, full.length - 100));
        Path lp = write("l", idx(1, new int[] {10}, new byte[10]));
        DigitDataException e = fails(ip, lp);
        assertTrue(e.getMessage().startsWith(ip.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("10 images of 28×28"),
                e.getMessage());
        Path hdr = write("header-only", Arrays.copyOf(full, 6));
        assertTrue(fails(hdr, lp).getMessage().contains("truncated inside the IDX header"));
    }

    @Test
    void truncatedAndCorruptGzipAreReported() throws IOException {
        byte[] gz = gzip(idx(3, new int[] {10, 28, 28}, images(10, 28, 28)));
        Path lp = write("l", idx(1, new int[] {10}, new byte[10]));
        Path cut = write("cut.gz", Arrays.copyOf(gz, gz.length / 2));
        DigitDataException e = fails(cut, lp);
        assertTrue(e.getMessage().startsWith(cut.toString()) && e.getMessage().contains("truncated"), e.getMessage());
        byte[] bad = gz.clone();
        for (int i = 20; i < 60; i++) {
            bad[i] ^= (byte) 0x5a;
        }
        Path corrupt = write("corrupt.gz", bad);
        DigitDataException c = fails(corrupt, lp);
        assertTrue(c.getMessage().startsWith(corrupt.toString()), c.getMessage());
        assertTrue(c.getMessage().contains("corrupt") || c.getMessage().contains("truncated"), c.getMessage());
    }

    @Test
    void wrongMagicTypeAndTrailingBytesAreReported() throws IOException {
        Path lp = write("l", idx(1, new int[] {1}, new byte[] {1}));
        Path png = write("picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0});
        assertTrue(fails(png, lp).getMessage().contains("not an IDX file"));
        byte[] ints = idx(3, new int[] {1, 2, 2}, new byte[4]);
        ints[2] = 0x0C; // 32-bit integers
        assertTrue(fails(write("ints", ints), lp).getMessage().contains("not supported"));
        Path asLabels = write("labels-as-images", idx(1, new int[] {1}, new byte[] {1}));
        assertTrue(fails(asLabels, lp).getMessage().contains("has 1 dimensions, expected 3"));
        byte[] extra = Arrays.copyOf(idx(3, new int[] {1, 2, 2}, new byte[4]), 4 + 12 + 4 + 3);
        assertTrue(fails(write("extra", extra), lp).getMessage().contains("3 unexpected bytes"));
    }

    @Test
    void labelProblemsAreReported() throws IOException {
        Path ip = write("i", idx(3, new int[] {2, 2, 2}, new byte[8]));
        Path bad = write("bad-labels", idx(1, new int[] {2}, new byte[] {3, 12}));
        DigitDataException e = fails(ip, bad);
        assertTrue(e.getMessage().startsWith(bad.toString()) && e.getMessage().contains("label 1 is 12"), e.getMessage());
        Path three = write("three-labels", idx(1, new int[] {3}, new byte[] {1, 2, 3}));
        assertTrue(fails(ip, three).getMessage().contains("holds 3 labels but"));
    }

    @Test
    void directoryLayoutIsFoundAndMissingFilesAreNamed() throws IOException {
        DigitDataException none = assertThrows(DigitDataException.class,
                () -> Mnist.fromDirectory(dir.resolve("no-such-dir")));
        assertTrue(none.getMessage().contains("no-such-dir") && none.getMessage().contains("not a directory"));
        write("train-images-idx3-ubyte.gz", gzip(idx(3, new int[] {4, 28, 28}, images(4, 28, 28))));
        write("train-labels-idx1-ubyte", idx(1, new int[] {4}, new byte[] {1, 2, 3, 4}));
        write("t10k-images.idx3-ubyte", idx(3, new int[] {2, 28, 28}, images(2, 28, 28)));
        DigitDataException missing = assertThrows(DigitDataException.class, () -> Mnist.fromDirectory(dir));
        assertTrue(missing.getMessage().contains("t10k-labels-idx1-ubyte"), missing.getMessage());
        write("t10k-labels-idx1-ubyte.gz", gzip(idx(1, new int[] {2}, new byte[] {5, 6})));
        Mnist.TrainTest tt = Mnist.fromDirectory(dir);
        assertEquals(4, tt.train().size());
        assertArrayEquals(new int[] {5, 6}, tt.test().labels());
    }
}
