package dev.gantry.instances.io;

import dev.gantry.modeling.api.InputFormatException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads instance and plan files as UTF-8 text. */
public final class SourceFiles {
    private SourceFiles() {
    }

    /**
     * The file's text. Undecodable bytes are bad input (an {@link InputFormatException}); a file that cannot be
     * opened at all stays an {@link IOException}.
     */
    public static String readUtf8(Path file) throws IOException {
        try {
            return Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new InputFormatException(file.toString(), 0, "encoding", "the file is not valid UTF-8 text");
        }
    }

    /**
     * The instance name a source stands for: its last path or {@code scheme:} segment without the extension, so
     * {@code data/ta01js.txt} and {@code bundled:ft06} give {@code ta01js} and {@code ft06}.
     */
    public static String baseName(String source) {
        int cut = Math.max(source.lastIndexOf('/'), Math.max(source.lastIndexOf('\\'), source.lastIndexOf(':')));
        String name = source.substring(cut + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
