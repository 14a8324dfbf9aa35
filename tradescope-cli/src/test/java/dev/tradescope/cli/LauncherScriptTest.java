package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Checks what the launcher script at the repository's root says of the code it starts. */
class LauncherScriptTest {
    private static final Path SCRIPT = Path.of("..", "tradescope");
    private static final Pattern COMPILE_COMMAND = Pattern.compile("-XX:CompileCommand=\\w+,([\\w.$]+)::(\\w+)");

    @Test
    void compileCommands_nameMethodsThatExist() throws IOException, ClassNotFoundException {
        Matcher m = COMPILE_COMMAND.matcher(Files.readString(SCRIPT));
        List<String> named = new ArrayList<>();
        while (m.find()) {
            Class<?> type = Class.forName(m.group(1));
            String method = m.group(2);

            assertThat(Arrays.stream(type.getDeclaredMethods()).map(Method::getName))
                    .as("%s in the launcher's JIT flags: renamed or moved? The flag then does nothing", m.group())
                    .contains(method);
            named.add(m.group(1) + "::" + method);
        }
        assertThat(named).as("compile commands of the launcher").isNotEmpty();
    }
}
