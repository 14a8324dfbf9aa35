package dev.tradescope.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tradescope.marketdata.ProviderId;
import dev.tradescope.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads the effective configuration: {@code --config FILE}, else the file named by
 * {@code TRADESCOPE_CONFIG}, else {@code <workspace>/tradescope.yaml} if it exists, else the defaults;
 * then applies the keys from the environment ({@code ALPHA_VANTAGE_API_KEY}, {@code FMP_API_KEY},
 * {@code FRED_API_KEY}, {@code COINGECKO_API_KEY}, {@code SEC_EDGAR_USER_AGENT}), which win over the file.
 *
 * <p>Unknown keys and bad values stop with an {@link InvalidInputException} naming the file, the
 * line, the key, what is allowed and the value. A missing key is never an error here: the provider
 * is then <em>not configured</em>.
 */
public final class ConfigLoader {
    /** The configuration file looked for in the workspace. */
    public static final String FILE_NAME = "tradescope.yaml";
    /** The environment variable that names a configuration file. */
    public static final String CONFIG_VARIABLE = "TRADESCOPE_CONFIG";
    /** The environment variable that holds SEC EDGAR's declared User-Agent. */
    public static final String SEC_USER_AGENT_VARIABLE = "SEC_EDGAR_USER_AGENT";

    // Made on the first configuration file read: a run without one (the demo, most local runs) does not
    // load and set up the YAML parser.
    private static final class Yaml {
        static final YAMLFactory FACTORY = new YAMLFactory();
    }

    // What prepare() parses: the sections most configurations have.
    static final String PREPARE_SAMPLE = "providers:\n  fmp:\n    base-url: http://127.0.0.1:9\n    enabled: true\n"
            + "limits:\n  calls-per-minute: 20\ncache:\n  memory-size: 64mb\n";

    private final Map<String, String> environment;

    /** Builds a loader that reads keys and {@code TRADESCOPE_CONFIG} from the given environment. */
    public ConfigLoader(Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    }

    /** Builds a loader over the process environment. */
    public static ConfigLoader fromSystemEnvironment() {
        return new ConfigLoader(System.getenv());
    }

    /**
     * Parses a small built-in configuration, so that a run which reads a configuration file soon finds
     * the YAML parser and the configuration reader ready; call it from a background thread while the run
     * is starting. It has no effect beyond loaded classes and never fails.
     */
    public static void prepare() {
        try {
            parseText(PREPARE_SAMPLE, "prepare", Optional.empty());
        } catch (RuntimeException e) {
            // only a head start: the run reads its file itself
        }
    }

    /** Loads the configuration for a workspace, from the explicit file if one is given. */
    public TradescopeConfig load(Path workspace, Optional<Path> explicitFile) {
        Optional<Path> file = explicitFile.or(() -> variable(CONFIG_VARIABLE).map(Path::of));
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
            throw new InvalidInputException("configuration file " + file.get() + " does not exist or is not a file");
        }
        Path inWorkspace = workspace.resolve(FILE_NAME);
        Optional<Path> chosen = file.or(() -> Files.isRegularFile(inWorkspace) ? Optional.of(inWorkspace) : Optional.empty());
        TradescopeConfig fromFile = chosen.map(this::readFile).orElseGet(TradescopeConfig::defaults);
        return withEnvironment(fromFile);
    }

    /** Parses configuration text; {@code fileName} is used in messages. Environment keys are applied. */
    public TradescopeConfig parse(String yaml, String fileName) {
        return withEnvironment(parseText(yaml, fileName, Optional.empty()));
    }

    private TradescopeConfig readFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return parseText(text, file.toString(), Optional.of(file.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file, e);
        }
    }

    private static TradescopeConfig parseText(String yaml, String fileName, Optional<Path> origin) {
        try (JsonParser parser = Yaml.FACTORY.createParser(yaml)) {
            if (parser.nextToken() == null) {
                return new TradescopeConfig(MarketDataSettings.defaults(), CacheSettings.defaults(),
                        ResearchSettings.defaults(), origin);
            }
            YamlNode root = YamlNode.read(parser, "", fileName);
            return new ConfigReader(fileName).read(root, origin);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidInputException(fileName + (line > 0 ? ":" + line : "") + ": not valid YAML: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TradescopeConfig withEnvironment(TradescopeConfig config) {
        MarketDataSettings market = config.marketData();
        for (ProviderId id : ProviderId.values()) {
            ProviderSettings settings = market.provider(id);
            Optional<Secret> key = ProviderDefaults.keyVariable(id).flatMap(this::variable).map(Secret::new);
            if (key.isPresent()) {
                settings = settings.withApiKey(key);
            }
            if (id == ProviderId.SECEDGAR) {
                Optional<String> agent = variable(SEC_USER_AGENT_VARIABLE);
                settings = agent.isPresent() ? settings.withUserAgent(agent) : settings;
            }
            market = market.withProvider(settings);
        }
        return config.withMarketData(market);
    }

    private Optional<String> variable(String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
