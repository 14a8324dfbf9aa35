package dev.tradescope.cli;

import dev.tradescope.config.ConfigLoader;
import dev.tradescope.report.DiscoveryDocument;
import dev.tradescope.research.ResearchInventory;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Does, on a second thread while the command line is being parsed, the one-time work a discovery
 * would otherwise do on its critical path: the configuration reader (first, as the run needs it
 * first, and only when the run will likely read a configuration file), the note parser, the document's
 * JSON writing and, last, as the run needs them last (for its report's peak heap), the memory pools.
 * Nothing it does has an effect beyond loaded classes and caches; a failure here only means the run
 * does that work itself.
 */
final class Warmup {

    private Warmup() {
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !"discover".equals(args[0])) {
            return;
        }
        boolean config = readsConfigFile(args, System.getenv(ConfigLoader.CONFIG_VARIABLE));
        DaemonThread.start("tradescope-warmup", new Task(config));
    }

    /**
     * Tells whether a run with these arguments will likely read a configuration file: {@code --config},
     * {@code TRADESCOPE_CONFIG}, or a {@code tradescope.yaml} in the workspace as the arguments name it
     * (the command line's own parsing decides; this is only a guess made before it).
     */
    static boolean readsConfigFile(String[] args, String configVariable) {
        if (configVariable != null && !configVariable.isBlank()) {
            return true;
        }
        String workspace = ".";
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--config") || arg.startsWith("--config=")) {
                return true;
            }
            if (arg.equals("--workspace") && i + 1 < args.length) {
                workspace = args[i + 1];
            } else if (arg.startsWith("--workspace=")) {
                workspace = arg.substring("--workspace=".length());
            }
        }
        try {
            return Files.isRegularFile(Path.of(workspace, ConfigLoader.FILE_NAME));
        } catch (RuntimeException e) {
            return false;
        }
    }

    // A class, not a method reference: the run's first lambda links the JVM's lambda machinery, which
    // is better done here on the second thread than on the main one before the command line is parsed.
    private static final class Task implements Runnable {
        private final boolean config;

        Task(boolean config) {
            this.config = config;
        }

        @Override
        public void run() {
            try {
                if (config) {
                    ConfigLoader.prepare();
                }
                ResearchInventory.prepare();
                DiscoveryDocument.prepare();
                ManagementFactory.getMemoryPoolMXBeans();
            } catch (RuntimeException e) {
                // only a head start: the run loads what it needs itself
            }
        }
    }
}
