package dev.tradescope.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogConfiguratorTest {

    @Test
    void configure_withAConfigurationFileGiven_leavesItToLogback() {
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);

        assertThat(System.getProperty("logback.configurationFile")).as("set by the build for the tests")
                .isEqualTo("logback-test.xml");
        assertThat(configurator.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    @Test
    void configureStderr_sendsWarningsOfEveryLoggerToOneStderrAppender() {
        LoggerContext context = new LoggerContext();
        LogConfigurator configurator = new LogConfigurator();
        configurator.setContext(context);

        configurator.configureStderr(context);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        List<Appender<?>> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        assertThat(appenders).singleElement().satisfies(a -> {
            assertThat(a.isStarted()).isTrue();
            assertThat(((ch.qos.logback.core.ConsoleAppender<?>) a).getTarget()).isEqualTo("System.err");
        });
        assertThat(context.getLogger("dev.tradescope.http.HttpFetcher").isInfoEnabled()).isFalse();
        context.stop();
    }

    @Test
    void line_givesTimeLevelClassAndMessage_thenTheStackTrace() {
        LoggerContext context = new LoggerContext();
        Logger logger = context.getLogger("dev.tradescope.marketdata.fmp.FmpSource");
        LoggingEvent event = new LoggingEvent("x", logger, Level.WARN, "limit reached for {}",
                new IllegalStateException("boom"), new Object[] {"fmp"});
        event.setTimeStamp(0);
        LogConfigurator.Line line = new LogConfigurator.Line();
        line.setContext(context);

        String text = line.doLayout(event);

        assertThat(text).matches("(?s)\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  FmpSource - limit reached for fmp\\R"
                + "java\\.lang\\.IllegalStateException: boom\\R.*");
    }
}
