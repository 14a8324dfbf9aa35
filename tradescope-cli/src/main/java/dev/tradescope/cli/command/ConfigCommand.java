package dev.tradescope.cli.command;

import dev.tradescope.cli.option.ConfigOption;
import dev.tradescope.cli.option.WorkspaceOption;
import dev.tradescope.config.ConfigPrinter;
import dev.tradescope.config.TradescopeConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Groups the configuration commands: {@code tradescope config show}. */
@Command(name = "config", description = "Shows the effective configuration.",
        subcommands = ConfigCommand.Show.class, mixinStandardHelpOptions = true)
public final class ConfigCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Prints the effective configuration with every secret masked as {@code ****}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints the effective configuration (file, defaults, environment) with secrets masked.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        ConfigOption config;

        @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE}).")
        ConfigFormat format;

        @Override
        public Integer call() {
            TradescopeConfig effective = config.load(workspace.path());
            PrintWriter out = spec.commandLine().getOut();
            if (format == ConfigFormat.JSON) {
                out.println(ConfigPrinter.printJson(effective));
            } else {
                out.println("# effective configuration; source: "
                        + effective.origin().map(Object::toString).orElse("defaults (no file)") + "; secrets masked");
                out.print(ConfigPrinter.printYaml(effective));
            }
            out.flush();
            return 0;
        }
    }

    /** The formats of {@code config show}. */
    enum ConfigFormat { YAML, JSON }
}
