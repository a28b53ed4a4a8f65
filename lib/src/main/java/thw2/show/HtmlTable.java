package thw2.show;

import thw2.text.Format;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Renders a Tablesaw table as a real HTML table (and as aligned text for text-only front ends). */
public final class HtmlTable {
    private HtmlTable() {}

    /** The table as an HTML {@code <table>}, numeric columns right-aligned. */
    public static String render(Table table, int significantDigits) {
        thw2.args.Require.notNull(table, "table");
        thw2.args.Require.inRange(significantDigits, 1, 17, "significantDigits");
        StringBuilder b = new StringBuilder(256);
        b.append("<table class=\"thw2-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            b.append("<caption>").append(Html.escape(table.name())).append("</caption>");
        }
        b.append("<thead><tr>");
        for (Column<?> c : table.columns()) {
            b.append("<th").append(numeric(c) ? " style=\"text-align:right\"" : "").append('>')
                    .append(Html.escape(c.name())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (int r = 0; r < table.rowCount(); r++) {
            b.append("<tr>");
            for (Column<?> c : table.columns()) {
                b.append("<td").append(numeric(c) ? " style=\"text-align:right\"" : "").append('>')
                        .append(Html.escape(cell(c, r, significantDigits))).append("</td>");
            }
            b.append("</tr>");
        }
        return b.append("</tbody></table>").toString();
    }

    /** The table as aligned plain text. */
    public static String renderText(Table table, int significantDigits) {
        thw2.args.Require.notNull(table, "table");
        thw2.args.Require.inRange(significantDigits, 1, 17, "significantDigits");
        int n = table.columnCount();
        String[][] cells = new String[table.rowCount() + 1][n];
        int[] width = new int[n];
        for (int j = 0; j < n; j++) {
            Column<?> c = table.column(j);
            cells[0][j] = PlainText.withMath(c.name());
            for (int r = 0; r < table.rowCount(); r++) {
                cells[r + 1][j] = PlainText.withMath(cell(c, r, significantDigits));
            }
            for (String[] row : cells) {
                width[j] = Math.max(width[j], row[j].length());
            }
        }
        StringBuilder b = new StringBuilder();
        if (table.name() != null && !table.name().isBlank()) {
            b.append(PlainText.withMath(table.name())).append('\n');
        }
        for (String[] row : cells) {
            for (int j = 0; j < n; j++) {
                String v = row[j];
                String pad = " ".repeat(width[j] - v.length());
                b.append(j == 0 ? "" : "  ").append(numeric(table.column(j)) ? pad + v : v + pad);
            }
            b.append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static boolean numeric(Column<?> c) {
        ColumnType t = c.type();
        return t == ColumnType.DOUBLE || t == ColumnType.FLOAT || t == ColumnType.INTEGER
                || t == ColumnType.LONG || t == ColumnType.SHORT;
    }

    static String cell(Column<?> c, int row, int significantDigits) {
        if (c.isMissing(row)) {
            return "";
        }
        Object v = c.get(row);
        if (v instanceof Double || v instanceof Float) {
            return Format.number(((Number) v).doubleValue(), significantDigits);
        }
        return String.valueOf(v);
    }
}
