package dev.tradescope.trade.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowTest {

    @Test
    void keepOnly_keepsThatFieldAfterTheHeaderAndReadsTheOthersAsEmpty() throws IOException {
        CsvRow.Handler handler = new CsvRow.Handler();
        List<String> seen = new ArrayList<>();
        try (CsvReader<CsvRow> csv = CsvReader.builder().build(handler, "id,ticker,note\n a-1 ,AAA,\"x, y\"\nb-2,BBB,z\n")) {
            Iterator<CsvRow> rows = csv.iterator();
            assertThat(rows.next().rawFields()).containsExactly("id", "ticker", "note");
            handler.keepOnly(0);
            while (rows.hasNext()) {
                CsvRow row = rows.next();
                seen.add(row.line() + ":" + row.fieldCount() + ":" + row.text(0) + ":" + row.isEmpty(1) + ":"
                        + row.isEmpty(2) + ":" + row.text(2).isEmpty());
            }
        }

        assertThat(seen).containsExactly("2:3:a-1:true:true:true", "3:3:b-2:true:true:true");
    }

    @Test
    void keepOnly_aLaterField_keepsItsText() throws IOException {
        CsvRow.Handler handler = new CsvRow.Handler();
        try (CsvReader<CsvRow> csv = CsvReader.builder().build(handler, "a,b,c\n1,\"two, 2\",3\n")) {
            Iterator<CsvRow> rows = csv.iterator();
            rows.next();
            handler.keepOnly(1);
            CsvRow row = rows.next();

            assertThat(row.text(1)).isEqualTo("two, 2");
            assertThat(row.isEmpty(0)).isTrue();
            assertThat(row.isEmpty(2)).isTrue();
        }
    }
}
