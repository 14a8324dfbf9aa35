package dev.tradescope.cli;

/** Starts the command line's helper threads: daemons, so that none of them keeps a finished run alive. */
final class DaemonThread {

    private DaemonThread() {
    }

    /** Runs {@code task} on a new daemon thread of that name. */
    static void start(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }
}
