package dev.tradescope.cli;

import dev.tradescope.report.DiscoveryDocument;
import dev.tradescope.research.ResearchInventory;
import java.lang.management.ManagementFactory;

/**
 * Does, on a second thread while the command line is being parsed, the one-time work a discovery
 * would otherwise do on its critical path: loading the memory pools the guard watches, the note
 * parser and the document's JSON serializers. Nothing it does has an effect beyond loaded classes
 * and caches; a failure here only means the run does that work itself.
 */
final class Warmup {

    private Warmup() {
    }

    static void startFor(String[] args) {
        if (args.length == 0 || !"discover".equals(args[0])) {
            return;
        }
        DaemonThread.start("tradescope-warmup", new Task());
    }

    // A class, not a method reference: the run's first lambda links the JVM's lambda machinery, which
    // is better done here on the second thread than on the main one before the command line is parsed.
    private static final class Task implements Runnable {
        @Override
        public void run() {
            try {
                ManagementFactory.getMemoryPoolMXBeans();
                ResearchInventory.prepare();
                DiscoveryDocument.prepare();
            } catch (RuntimeException e) {
                // only a head start: the run loads what it needs itself
            }
        }
    }
}
