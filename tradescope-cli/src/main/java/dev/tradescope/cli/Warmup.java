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
        DaemonThread.start("tradescope-warmup", Warmup::run);
    }

    private static void run() {
        try {
            ManagementFactory.getMemoryPoolMXBeans();
            ResearchInventory.prepare();
            DiscoveryDocument.prepare();
        } catch (RuntimeException e) {
            // only a head start: the run loads what it needs itself
        }
    }
}
