package dev.tradescope.cli;

import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Helpers for picocli command models built in code. Picocli reads a command's annotations by reflection, and on
 * Java 17 each annotation type costs a proxy class generated at start-up (the class-data archive cannot hold
 * them). The commands every run uses build their model here instead (measured in docs/benchmarks.md); their
 * help and parsing are the same.
 */
public final class CommandModel {
    private CommandModel() {
    }

    /**
     * A value held by the command: picocli reads it with {@code get} and writes it with {@code set}.
     *
     * @param <V> the value's type
     */
    public static <V> Binding<V> binding(Supplier<V> get, Consumer<V> set) {
        return new Binding<>(get, set);
    }

    /** Adds {@code -h, --help} and {@code -V, --version}, as picocli's {@code mixinStandardHelpOptions} does. */
    public static void addStandardHelpOptions(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
    }

    /**
     * A getter and setter of one value.
     *
     * @param <V> the value's type
     */
    public static final class Binding<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        private Binding(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T old = get();
            set.accept((V) value);
            return old;
        }
    }
}
