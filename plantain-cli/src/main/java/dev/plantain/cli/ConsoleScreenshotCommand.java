package dev.plantain.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes a PNG of a job's page in the running console, drawn by the system's headless Chromium. */
@Command(
        name = "console-screenshot",
        description = "Write a screenshot of a job's page in the running web console (needs chromium).")
final class ConsoleScreenshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--job", required = true, description = "The job id.")
    String jobId;

    @Option(
            names = "--console",
            defaultValue = "http://localhost:8080/",
            description = "The console's URL. Default: ${DEFAULT-VALUE}")
    String console;

    @Option(
            names = "--out",
            defaultValue = "docs/console-job.png",
            description = "The PNG to write. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--browser",
            defaultValue = "/usr/bin/chromium",
            description = "The Chromium to draw with (apt-get install chromium). Default: ${DEFAULT-VALUE}")
    Path browser;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!jobId.matches("[A-Za-z0-9._:-]{1,128}")) {
            spec.commandLine().getErr().printf("'%s' is not a job id%n", jobId);
            return 1;
        }
        if (!Files.isExecutable(browser)) {
            spec.commandLine().getErr().printf("no browser at %s: apt-get install chromium%n", browser);
            return 1;
        }
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        String url = console.replaceAll("/*$", "/") + "jobs/" + jobId;
        Process chromium = new ProcessBuilder(List.of(
                        browser.toString(),
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--hide-scrollbars",
                        "--window-size=1280,2200",
                        "--screenshot=" + target,
                        url))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (!chromium.waitFor(90, TimeUnit.SECONDS)) {
            chromium.destroyForcibly();
            spec.commandLine().getErr().printf("chromium did not finish drawing %s%n", url);
            return 1;
        }
        if (chromium.exitValue() != 0 || !Files.exists(target)) {
            spec.commandLine().getErr().printf("chromium could not draw %s (exit %d)%n", url, chromium.exitValue());
            return 1;
        }
        spec.commandLine().getOut().println(target);
        return 0;
    }
}
