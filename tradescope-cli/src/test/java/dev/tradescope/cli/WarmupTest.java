package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmupTest {
    @TempDir
    Path workspace;

    @Test
    void aConfigurationFile_isExpectedFromTheOptionTheVariableOrTheWorkspacesFile() throws IOException {
        String ws = workspace.toString();
        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--workspace", ws}, null)).isFalse();
        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--config", "x.yaml"}, null)).isTrue();
        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--config=x.yaml"}, null)).isTrue();
        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--workspace", ws}, "/etc/t.yaml")).isTrue();
        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--workspace", ws}, " ")).isFalse();

        Files.writeString(workspace.resolve("tradescope.yaml"), "offline: true\n");

        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--workspace", ws}, null)).isTrue();
        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--workspace=" + ws}, null)).isTrue();
        assertThat(Warmup.readsConfigFile(new String[] {"discover", "p", "--workspace"}, null))
                .as("a dangling option falls back to the current directory").isFalse();
    }
}
