package dev.tradescope.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradescope.support.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioResolverTest {
    @TempDir
    Path workspace;

    private Path dir;
    private PortfolioResolver resolver;

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createDirectories(workspace.resolve("data/raw/trade_history"));
        resolver = new PortfolioResolver(workspace);
    }

    private Path touch(String name, String mtime) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "Ticker,Entry_Timestamp,Status\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(mtime)));
        return file;
    }

    @Test
    void resolve_plainName_picksNewestDateInNameNotNewestFile() throws IOException {
        touch("live_signals_20250101.csv", "2025-09-01T00:00:00Z");
        Path newest = touch("live_signals_20250719.csv", "2025-01-01T00:00:00Z");
        touch("live_signals_old.csv", "2025-12-01T00:00:00Z");

        ResolvedPortfolio resolved = resolver.resolve("live_signals");

        assertThat(resolved.file()).isEqualTo(newest);
        assertThat(resolved.name()).isEqualTo("live_signals");
        assertThat(resolved.fileDate()).contains(LocalDate.of(2025, 7, 19));
    }

    @Test
    void resolve_nameWithDate_meansExactlyThatFile() throws IOException {
        Path older = touch("live_signals_20250101.csv", "2025-01-01T00:00:00Z");
        touch("live_signals_20250719.csv", "2025-01-01T00:00:00Z");

        assertThat(resolver.resolve("live_signals_20250101").file()).isEqualTo(older);
    }

    @Test
    void resolve_nameWithDateThatDoesNotExist_isNotFound() throws IOException {
        touch("live_signals_20250719.csv", "2025-01-01T00:00:00Z");

        assertThatThrownBy(() -> resolver.resolve("live_signals_20250102"))
                .isInstanceOf(PortfolioNotFoundException.class);
    }

    @Test
    void resolve_noDatedFile_fallsBackToPlainCsv() throws IOException {
        Path plain = touch("momentum.csv", "2025-01-01T00:00:00Z");

        assertThat(resolver.resolve("momentum").file()).isEqualTo(plain);
    }

    @Test
    void resolve_nonDateSuffix_neverMatches() throws IOException {
        touch("live_signals_old.csv", "2025-01-01T00:00:00Z");
        touch("live_signals_20251399.csv", "2025-01-01T00:00:00Z");

        assertThatThrownBy(() -> resolver.resolve("live_signals")).isInstanceOf(PortfolioNotFoundException.class);
    }

    @Test
    void resolve_pathToCsv_takenAsIs() throws IOException {
        Path elsewhere = Files.writeString(workspace.resolve("export.csv"), "x");

        ResolvedPortfolio resolved = resolver.resolve(elsewhere.toString());

        assertThat(resolved.file()).isEqualTo(elsewhere);
        assertThat(resolved.name()).isEqualTo("export");
    }

    @Test
    void resolve_separatorOrDotDotThatIsNoFile_refused() {
        assertThatThrownBy(() -> resolver.resolve("../secret")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("path separators");
        assertThatThrownBy(() -> resolver.resolve("a/b")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void resolve_unknownName_listsDirectoryAndClosestNamesFirst() throws IOException {
        touch("live_signals_20250719.csv", "2025-01-01T00:00:00Z");
        touch("momentum.csv", "2025-01-01T00:00:00Z");
        touch("zeta_swing.csv", "2025-01-01T00:00:00Z");

        assertThatThrownBy(() -> resolver.resolve("live_signal"))
                .isInstanceOf(PortfolioNotFoundException.class)
                .hasMessageContaining(dir.toString())
                .hasMessageContaining("Did you mean: live_signals, ").hasMessageContaining("momentum");
    }

    @Test
    void resolve_emptyDirectory_saysSo() throws IOException {
        Files.delete(dir);

        assertThatThrownBy(() -> resolver.resolve("x")).isInstanceOf(PortfolioNotFoundException.class)
                .hasMessageContaining("does not exist");
    }
}
