package dev.tradescope.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class RedactorPropertyTest {

    @Property
    void aSecretNeverSurvivesRedaction(
            @ForAll @AlphaChars @NumericChars @Chars({'-', '_', '+', '/', '='}) @StringLength(min = 8, max = 40) String secret,
            @ForAll @StringLength(max = 30) String before, @ForAll @StringLength(max = 30) String after) {
        Redactor redactor = Redactor.of(List.of(secret));
        String encoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);

        String redacted = redactor.redact(before + secret + after + "?apikey=" + encoded);

        assertThat(redacted).doesNotContain(secret).doesNotContain(encoded).contains(Redactor.MASK);
    }
}
