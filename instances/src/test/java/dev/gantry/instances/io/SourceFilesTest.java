package dev.gantry.instances.io;

import dev.gantry.modeling.api.InputFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SourceFilesTest {

    @Test
    void baseNameDropsFoldersSchemeAndExtension() {
        assertThat(SourceFiles.baseName("data/jobshop/instances/Taillard1993/ta01js.txt")).isEqualTo("ta01js");
        assertThat(SourceFiles.baseName("C:\\data\\abz8.txt")).isEqualTo("abz8");
        assertThat(SourceFiles.baseName("bundled:ft06")).isEqualTo("ft06");
        assertThat(SourceFiles.baseName("plain")).isEqualTo("plain");
        assertThat(SourceFiles.baseName(".hidden")).isEqualTo(".hidden");
    }

    @Test
    void undecodableBytesAreBadInput(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'1', ' ', (byte) 0xE9, '\n'});

        assertThatThrownBy(() -> SourceFiles.readUtf8(file))
                .isInstanceOf(InputFormatException.class)
                .hasMessage(file + ": encoding: the file is not valid UTF-8 text");
    }
}
