package dev.tradescope.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class NewestNotePropertyTest {

    private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

    @Property
    void newestNote_isTheMaximumDateOnOrBeforeAsOf_whateverTheListingOrder(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 900) Integer> dayOffsets,
            @ForAll @IntRange(min = 0, max = 900) int asOfOffset, @ForAll long seed) {
        List<String> names = new ArrayList<>();
        for (int offset : dayOffsets) {
            names.add("AAPL_" + BASE.plusDays(offset).toString().replace("-", "") + ".md");
        }
        names.add("AAPLX_" + BASE.plusDays(asOfOffset).toString().replace("-", "") + ".md");
        List<String> listing = new ArrayList<>(new java.util.LinkedHashSet<>(names));
        Collections.shuffle(listing, new Random(seed));
        LocalDate asOf = BASE.plusDays(asOfOffset);
        NoteFolder folder = NoteFolder.of(java.nio.file.Path.of("notes"), true, listing,
                ResearchInventory::tickerKey, List.of());

        Optional<LocalDate> expected = dayOffsets.stream().map(BASE::plusDays).filter(d -> !d.isAfter(asOf))
                .max(LocalDate::compareTo);
        assertThat(folder.findNewest("AAPL", asOf).map(NoteFile::date)).isEqualTo(expected);
        assertThat(folder.after("AAPL", asOf)).allSatisfy(n -> assertThat(n.date()).isAfter(asOf));
    }
}
