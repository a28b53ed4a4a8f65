package thw2.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Files and logs: reading, deleting a folder tree, the end of a log, an I/O error's reason. */
final class Io {
    private Io() {}

    /**
     * An I/O error with its reason: for a file-system error the file and why ("no such file or
     * directory", "permission denied", …), which {@link IOException#getMessage()} often leaves out.
     */
    static String describe(Throwable e) {
        if (e instanceof java.nio.file.FileSystemException f) {
            String reason = f.getReason();
            if (reason == null) {
                reason = switch (f.getClass().getSimpleName()) {
                    case "NoSuchFileException" -> "no such file or directory (or its folder cannot hold new files)";
                    case "AccessDeniedException" -> "permission denied";
                    case "FileAlreadyExistsException" -> "a file of that name already exists";
                    case "NotDirectoryException" -> "not a directory";
                    case "DirectoryNotEmptyException" -> "directory not empty";
                    case "NotLinkException" -> "not a symbolic link";
                    default -> f.getClass().getSimpleName();
                };
            }
            return f.getFile() + (f.getOtherFile() != null ? " -> " + f.getOtherFile() : "") + ": " + reason;
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** A UTF-8 file's text. */
    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last {@code lines} lines of a text (a log), without leading and trailing blank space. */
    static String tail(String s, int lines) {
        List<String> all = s.strip().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
