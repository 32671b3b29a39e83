package io.calldeck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark run's Markdown report: sections of prose and tables, written as they are measured. */
final class Report {

    private final Path file;
    private final String heading;
    private final StringBuilder text = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();

    Report(Path file, String heading) {
        this.file = file;
        this.heading = heading;
        flush();
    }

    /**
     * A row of the Targets table at the top of the report, filled from what this run measured.
     *
     * @param target   what is measured
     * @param goal     the goal
     * @param measured the measured value, with its unit
     * @param met      whether the goal is met; {@code null}: not measured by this run (say why in {@code measured})
     */
    void target(String target, String goal, String measured, Boolean met) {
        targets.add(new String[] {target, goal, measured, met == null ? "not measured" : met ? "yes" : "no"});
        flush();
    }

    Report section(String title, String... paragraphs) {
        text.append("## ").append(title).append("\n\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        flush();
        return this;
    }

    Table table(String... header) {
        return new Table(header);
    }

    final class Table {
        private final String[] header;
        private final List<String[]> rows = new ArrayList<>();

        private Table(String[] header) {
            this.header = header;
        }

        Table row(Object... cells) {
            String[] row = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                row[i] = String.valueOf(cells[i]);
            }
            rows.add(row);
            return this;
        }

        void end() {
            text.append("| ").append(String.join(" | ", header)).append(" |\n|");
            for (int i = 0; i < header.length; i++) {
                text.append(i == 0 ? " --- |" : " ---: |");
            }
            text.append('\n');
            for (String[] row : rows) {
                text.append("| ").append(String.join(" | ", row)).append(" |\n");
            }
            text.append('\n');
            flush();
        }
    }

    private void flush() {
        try {
            Files.createDirectories(file.getParent());
            StringBuilder all = new StringBuilder("# ").append(heading).append("\n\n");
            if (!targets.isEmpty()) {
                all.append("## Targets\n\nEach row is measured in this run; ratios are of two measurements side by "
                        + "side in it.\n\n| target | goal | measured | met |\n| --- | --- | --- | --- |\n");
                for (String[] row : targets) {
                    all.append("| ").append(String.join(" | ", row)).append(" |\n");
                }
                all.append('\n');
            }
            Files.writeString(file, all.append(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println(text.substring(Math.max(0, text.lastIndexOf("\n## "))));
    }

    static String ms(double millis) {
        return String.format(java.util.Locale.ROOT, "%.1f", millis);
    }

    static String s(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f", seconds);
    }

    static String ratio(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
