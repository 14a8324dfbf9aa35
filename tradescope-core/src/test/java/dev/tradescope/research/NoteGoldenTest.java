package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the extraction of every reference note (one per layout) with its expected JSON under
 * {@code src/test/resources/dev/tradescope/research/golden/}. Regenerate deliberately with
 * {@code -Dgolden.update=true} (run from the module directory) and review the diff.
 */
class NoteGoldenTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 8, 31);
    private static final Path GOLDEN = Path.of("src/test/resources/dev/tradescope/research/golden");

    static Stream<Arguments> referenceNotes() throws IOException {
        Path notes = ReferenceFiles.researchNotes();
        return Stream.of("fundamental_analysis", "sector_analysis")
                .flatMap(folder -> list(notes.resolve(folder)))
                .map(file -> Arguments.of(file.getParent().getFileName() + "/" + file.getFileName(), file));
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceNotes")
    void extraction_matchesGoldenJson(String name, Path file) throws IOException {
        String fileName = file.getFileName().toString();
        NoteFile note = new NoteFile(fileName, NoteNames.findName(fileName).orElseThrow(),
                NoteNames.findDate(fileName).orElseThrow());
        ResearchNote view = ResearchNote.of(name, note, new ResearchNote.NoteAge(AS_OF, 30), NoteText.read(file));
        String json = ResearchJson.MAPPER.writeValueAsString(view);
        JsonNode actual = ResearchJson.MAPPER.readTree(json);
        Path golden = goldenFile(fileName);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, json + "\n");
        }
        JsonNode expected = ResearchJson.MAPPER.readTree(
                getClass().getResourceAsStream("golden/" + fileName.replace(".md", ".json")));
        assertThat(actual).isEqualTo(expected);
    }

    private static Path goldenFile(String fileName) {
        return GOLDEN.resolve(fileName.replace(".md", ".json"));
    }
}
