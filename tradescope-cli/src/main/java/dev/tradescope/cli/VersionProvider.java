package dev.tradescope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * Supplies the version shown by {@code --version}: the jar manifest's {@code Implementation-Version},
 * which the JVM has read already, or else (classes run outside the jar) the build's filtered resource.
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    /** Returns the tool version, such as {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : fromResource();
    }

    // A resource lookup on the class path, which waits for any thread that is loading classes.
    private static String fromResource() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("/tradescope-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties props = new Properties();
            props.load(in);
            return props.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"tradescope " + version(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }
}
