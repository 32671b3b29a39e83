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
    private final StringBuilder text = new StringBuilder();

    Report(Path file, String heading) {
        this.file = file;
        text.append("# ").append(heading).append("\n\n");
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
            Files.writeString(file, text, StandardCharsets.UTF_8);
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
