package dev.tradescope.discovery;

import dev.tradescope.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Resolves a portfolio argument to a trade-history file in {@code data/raw/trade_history/}:
 * {@code NAME_YYYYMMDD} is exactly that file; {@code NAME} is the newest {@code NAME_YYYYMMDD.csv}
 * by the date in the name (never by file time), else {@code NAME.csv}; other suffixes such as
 * {@code _old} never match. A path to an existing CSV file is taken as is.
 */
public final class PortfolioResolver {
    /** Where trade histories live inside a workspace. */
    public static final String TRADE_HISTORY_DIR = "data/raw/trade_history";

    private static final Pattern DATED = Pattern.compile("(.+)_(\\d{8})");
    private static final int MAX_SUGGESTIONS = 5;

    private final Path directory;

    /** Builds a resolver for the workspace's trade-history directory. */
    public PortfolioResolver(Path workspace) {
        this.directory = workspace.resolve(TRADE_HISTORY_DIR);
    }

    /** Resolves the argument, or throws {@link PortfolioNotFoundException} listing what exists. */
    public ResolvedPortfolio resolve(String argument) {
        String arg = argument.strip();
        if (arg.isEmpty()) {
            throw new InvalidInputException("portfolio name is empty; expected a name such as live_signals");
        }
        Optional<ResolvedPortfolio> asPath = asExistingFile(arg);
        if (asPath.isPresent()) {
            return asPath.get();
        }
        if (arg.contains("/") || arg.contains("\\") || arg.contains("..")) {
            throw new InvalidInputException("portfolio '" + arg + "' is neither an existing CSV file nor a plain name; "
                    + "names must not contain path separators or '..'");
        }
        String name = arg.toLowerCase(Locale.ROOT).endsWith(".csv") ? arg.substring(0, arg.length() - 4) : arg;
        List<Entry> entries = listEntries();
        return byExactDate(name, entries).or(() -> newestDated(name, entries)).or(() -> undated(name, entries))
                .orElseThrow(() -> notFound(name, entries));
    }

    /** Lists the portfolio names of the directory (without date suffixes), sorted. */
    public List<String> listNames() {
        return listEntries().stream().map(Entry::name).distinct().sorted().collect(Collectors.toList());
    }

    private Optional<ResolvedPortfolio> asExistingFile(String arg) {
        if (!arg.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return Optional.empty();
        }
        Path path = Path.of(arg);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        String base = path.getFileName().toString();
        Entry entry = Entry.of(path).orElse(new Entry(base.substring(0, base.length() - 4), Optional.empty(), path));
        return Optional.of(new ResolvedPortfolio(entry.name, path, entry.date));
    }

    private static Optional<ResolvedPortfolio> byExactDate(String name, List<Entry> entries) {
        Matcher m = DATED.matcher(name);
        if (!m.matches() || parseDate(m.group(2)).isEmpty()) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e.fileStem().equals(name)).findFirst().map(Entry::resolved);
    }

    private static Optional<ResolvedPortfolio> newestDated(String name, List<Entry> entries) {
        return entries.stream().filter(e -> e.name.equals(name) && e.date.isPresent())
                .max(Comparator.comparing(e -> e.date.get())).map(Entry::resolved);
    }

    private static Optional<ResolvedPortfolio> undated(String name, List<Entry> entries) {
        return entries.stream().filter(e -> e.name.equals(name) && e.date.isEmpty()).findFirst().map(Entry::resolved);
    }

    private PortfolioNotFoundException notFound(String name, List<Entry> entries) {
        TreeSet<String> names = entries.stream().map(Entry::name).collect(Collectors.toCollection(TreeSet::new));
        if (names.isEmpty()) {
            return new PortfolioNotFoundException("No portfolio '" + name + "' in " + directory
                    + ": the directory has no trade-history CSV files"
                    + (Files.isDirectory(directory) ? "." : " (it does not exist)."));
        }
        List<String> closest = names.stream()
                .sorted(Comparator.comparingInt((String n) -> Levenshtein.distance(name, n)).thenComparing(n -> n))
                .limit(MAX_SUGGESTIONS).collect(Collectors.toList());
        return new PortfolioNotFoundException("No portfolio '" + name + "' in " + directory + ". Did you mean: "
                + String.join(", ", closest) + "?" + (names.size() > MAX_SUGGESTIONS
                ? " (" + names.size() + " portfolios in all)" : ""));
    }

    private List<Entry> listEntries() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Entry> entries = new ArrayList<>();
            files.filter(Files::isRegularFile).map(Entry::of).flatMap(Optional::stream).forEach(entries::add);
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static Optional<LocalDate> parseDate(String yyyymmdd) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    // A trade-history file: its portfolio name, the real date in its name if any, and its path.
    private static final class Entry {
        final String name;
        final Optional<LocalDate> date;
        final Path path;

        Entry(String name, Optional<LocalDate> date, Path path) {
            this.name = name;
            this.date = date;
            this.path = path;
        }

        static Optional<Entry> of(Path path) {
            String file = path.getFileName().toString();
            if (!file.toLowerCase(Locale.ROOT).endsWith(".csv") || file.startsWith(".")) {
                return Optional.empty();
            }
            String stem = file.substring(0, file.length() - 4);
            Matcher m = DATED.matcher(stem);
            if (m.matches()) {
                Optional<LocalDate> date = parseDate(m.group(2));
                if (date.isPresent()) {
                    return Optional.of(new Entry(m.group(1), date, path));
                }
            }
            return Optional.of(new Entry(stem, Optional.empty(), path));
        }

        String name() {
            return name;
        }

        String fileStem() {
            String file = path.getFileName().toString();
            return file.substring(0, file.length() - 4);
        }

        ResolvedPortfolio resolved() {
            return new ResolvedPortfolio(name, path, date);
        }
    }
}
