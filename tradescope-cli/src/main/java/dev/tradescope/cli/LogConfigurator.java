package dev.tradescope.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Configures logging for the command line in code: warnings and errors of every logger to stderr,
 * never into command output, as {@code 12:00:01.234 WARN  FmpSource - message}. A {@code logback.xml}
 * would start an XML parser cold, and logback's pattern layout builds its whole converter table: on a
 * short run both cost more than the run's own logging. A configuration file given with
 * {@code -Dlogback.configurationFile=FILE} (for example through {@code TRADESCOPE_JAVA_OPTS}) is
 * still honoured (the tests give theirs, which logs every HTTP call at DEBUG): logback then reads it
 * instead, for instance to raise {@code dev.tradescope} to DEBUG and see every HTTP call (with keys
 * redacted).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // a given configuration (the tests give theirs) wins
        }
        configureStderr(context);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    // Warnings and errors of every logger, one line each, to stderr.
    void configureStderr(LoggerContext context) {
        Line line = new Line();
        line.setContext(context);
        line.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(line);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
    }

    // One line per event: local time, level, the logger's class name, the message; then the stack trace.
    static final class Line extends LayoutBase<ILoggingEvent> {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

        @Override
        public String doLayout(ILoggingEvent event) {
            String logger = event.getLoggerName();
            StringBuilder line = new StringBuilder(128)
                    .append(TIME.format(Instant.ofEpochMilli(event.getTimeStamp()).atZone(ZoneId.systemDefault())))
                    .append(' ').append(String.format("%-5s", event.getLevel()))
                    .append(' ').append(logger.substring(logger.lastIndexOf('.') + 1))
                    .append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
            if (event.getThrowableProxy() != null) {
                line.append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append(CoreConstants.LINE_SEPARATOR);
            }
            return line.toString();
        }
    }
}
